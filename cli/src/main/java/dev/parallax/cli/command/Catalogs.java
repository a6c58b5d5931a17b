package dev.parallax.cli.command;

import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.strategy.StrategyProvider;
import java.io.PrintWriter;
import java.util.Map;

/** Prints every strategy and model name the class path offers, with its one-line description. */
final class Catalogs {

    private Catalogs() {
    }

    static void print(PrintWriter out) {
        ModelLookup lookup = ModelLookup.fromClasspath();
        section(out, "strategies", ModelCatalog.load(StrategyProvider.class).descriptions());
        section(out, "fee models (--fee)", lookup.fees().descriptions());
        section(out, "latency models (--latency)", lookup.latencies().descriptions());
        section(out, "slippage models (--slippage)", lookup.slippages().descriptions());
        section(out, "queue models (--queue)", lookup.queues().descriptions());
        section(out, "fill models (--fill)", lookup.fills().descriptions());
    }

    private static void section(PrintWriter out, String title, Map<String, String> entries) {
        out.println(title + ":");
        entries.forEach((name, description) -> out.println("  " + name + "  " + description));
    }
}

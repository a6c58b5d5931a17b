package dev.parallax.examples.bot;

import dev.parallax.live.bot.LiveTrackerHook;
import dev.parallax.sim.api.Side;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * A trading bot that records its fills with the live tracker through {@link LiveTrackerHook}: the
 * hook is configured from environment variables, checked before each entry (the daily-loss circuit
 * breaker), and told about each fill. With {@code LIVE_TRACKER_ENABLED} unset it does nothing.
 */
public final class TradingBotExample {

    private TradingBotExample() {
    }

    /** Runs the bot with the process environment (set LIVE_TRACKER_ENABLED=true to record). */
    public static void main(String[] args) throws Exception {
        run(System.getenv(), System.out);
    }

    /** Runs a few trades with {@code environment} as the configuration. */
    public static int run(Map<String, String> environment, PrintStream out) throws Exception {
        int recorded = 0;
        try (LiveTrackerHook live = LiveTrackerHook.fromEnvironment("btc-bot-example", environment)) {
            double[] prices = {50_000, 50_400, 49_800, 50_900};
            for (int i = 0; i + 1 < prices.length; i += 2) {
                String trade = "bot-" + (i / 2 + 1);
                if (!live.entryAllowed()) {
                    out.println("circuit breaker tripped; not entering " + trade);
                    continue;
                }
                // ... the bot sends its order to the venue; once it fills:
                if (live.afterEntry(trade, "BTC/USD", Side.BUY, 0.1, prices[i], prices[i] * 0.1 * 0.001)) {
                    recorded++;
                }
                // ... later the exit fills:
                if (live.afterExit(trade, 0.1, prices[i + 1], prices[i + 1] * 0.1 * 0.001)) {
                    recorded++;
                }
            }
            out.println(live.isEnabled() ? "recorded " + recorded + " fills" : "live tracking is off (LIVE_TRACKER_ENABLED)");
        }
        return recorded;
    }

    /** The environment that turns the hook on with its database in {@code folder}. */
    public static Map<String, String> enabledIn(Path folder) {
        return Map.of("LIVE_TRACKER_ENABLED", "true", "LIVE_TRACKER_DATA_DIR", folder.toString(), "INITIAL_BALANCE",
                "10000");
    }
}

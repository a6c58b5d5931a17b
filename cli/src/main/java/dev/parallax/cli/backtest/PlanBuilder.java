package dev.parallax.cli.backtest;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.backtest.BarExecution;
import dev.parallax.cli.CliException;
import dev.parallax.cli.command.PlanOptions;
import dev.parallax.cli.command.StrategyOptions;
import dev.parallax.cli.config.BacktestFile;
import dev.parallax.cli.config.Durations;
import dev.parallax.cli.config.ModelSpec;
import dev.parallax.cli.data.BundledData;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.core.ModelChoice;
import dev.parallax.sim.core.SimulatorConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Merges a config file and flags into a {@link BacktestPlan}; a flag wins over the file. */
public final class PlanBuilder {

    private static final Set<String> MODEL_KINDS = Set.of("fee", "latency", "slippage", "queue", "fill");

    private PlanBuilder() {
    }

    /**
     * The plan of {@code file} (whose relative data path is resolved against {@code base}) overridden by
     * {@code strategyFlags} and {@code flags}.
     *
     * @throws CliException for any value that cannot be used, naming it
     */
    public static BacktestPlan build(BacktestFile file, Path base, StrategyOptions strategyFlags, PlanOptions flags) {
        Map<String, String> settings = new TreeMap<>();
        if (file.settings() != null) {
            settings.putAll(file.settings());
        }
        for (String pair : strategyFlags.settings) {
            ModelSpec.putPair("--set", pair, settings);
        }
        BacktestFile.DataFile df = file.data() == null ? new BacktestFile.DataFile(null, null, null, null, null)
                : file.data();
        Optional<Path> data = flags.data != null ? Optional.of(flags.data)
                : Optional.ofNullable(df.file()).map(f -> base.resolve(f));
        DataFormat format = DataFormat.parse(first(flags.format, df.format(), "trades"));
        String symbol = first(flags.symbol, df.symbol(), BundledData.SYMBOL);
        String bar = first(flags.bar, df.bar(), "5m");
        boolean lenient = flags.lenient != null ? flags.lenient
                : df.lenient() != null ? df.lenient() : data.isEmpty();
        DataSpec spec = new DataSpec(data, format, symbol, Durations.parse("bar", bar),
                lenient ? BadRowPolicy.LENIENT : BadRowPolicy.STRICT);
        SimulatorConfig sim = SimulatorConfig.DEFAULT;
        if (file.models() != null) {
            for (var e : file.models().entrySet()) {
                if (!MODEL_KINDS.contains(e.getKey())) {
                    throw new CliException("config 'models' has unknown kind '" + e.getKey() + "'; known kinds: "
                            + new java.util.TreeSet<>(MODEL_KINDS));
                }
                if (e.getValue() == null || e.getValue().name() == null || e.getValue().name().isBlank()) {
                    throw new CliException("config 'models." + e.getKey() + "' needs a 'name'");
                }
                sim = with(sim, e.getKey(), new ModelChoice(e.getValue().name(), ModelSettings.of(
                        e.getValue().settings() == null ? Map.of() : e.getValue().settings())));
            }
        }
        sim = flag(sim, "fee", flags.fee);
        sim = flag(sim, "latency", flags.latency);
        sim = flag(sim, "slippage", flags.slippage);
        sim = flag(sim, "queue", flags.queue);
        sim = flag(sim, "fill", flags.fill);
        long seed = flags.seed != null ? flags.seed : file.seed() != null ? file.seed() : 42L;
        try {
            return new BacktestPlan(first(strategyFlags.strategy, file.strategy(), "sma-cross"),
                    ModelSettings.of(settings), spec,
                    date("--from", first(flags.from, file.from(), null)), date("--to", first(flags.to, file.to(), null)),
                    strategyFlags.balance != null ? strategyFlags.balance
                            : file.balance() != null ? file.balance() : 100_000,
                    execution(first(strategyFlags.execution, file.execution(), "next-bar-open")),
                    flags.barSpreadBps != null ? flags.barSpreadBps : file.barSpreadBps() != null ? file.barSpreadBps() : 2,
                    strategyFlags.periodsPerYear != null ? strategyFlags.periodsPerYear
                            : file.periodsPerYear() != null ? file.periodsPerYear() : 365,
                    sim.withSeed(seed));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static SimulatorConfig flag(SimulatorConfig sim, String kind, String text) {
        return text == null ? sim : with(sim, kind, ModelSpec.parse("--" + kind, text));
    }

    private static SimulatorConfig with(SimulatorConfig sim, String kind, ModelChoice choice) {
        return switch (kind) {
            case "fee" -> sim.withFee(choice);
            case "latency" -> sim.withLatency(choice);
            case "slippage" -> sim.withSlippage(choice);
            case "queue" -> sim.withQueue(choice);
            default -> sim.withFill(choice);
        };
    }

    private static BarExecution execution(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "next-bar-open" -> BarExecution.NEXT_BAR_OPEN;
            case "signal-bar-close" -> BarExecution.SIGNAL_BAR_CLOSE;
            default -> throw new CliException("execution must be next-bar-open or signal-bar-close, was '" + text + "'");
        };
    }

    private static Optional<LocalDate> date(String what, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new CliException(what + " must be a date like 2024-01-31, was '" + text + "'", e);
        }
    }

    private static String first(String flag, String file, String fallback) {
        return flag != null ? flag : file != null ? file : fallback;
    }
}

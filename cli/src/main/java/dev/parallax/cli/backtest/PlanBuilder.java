package dev.parallax.cli.backtest;

import dev.parallax.cli.UsageException;
import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BarExecution;
import dev.parallax.cli.CliException;
import dev.parallax.cli.command.PlanOptions;
import dev.parallax.cli.command.StrategyOptions;
import dev.parallax.cli.config.BacktestFile;
import dev.parallax.cli.config.ConfigReader;
import dev.parallax.cli.config.Durations;
import dev.parallax.cli.config.ModelSpec;
import dev.parallax.cli.data.BarLength;
import dev.parallax.cli.data.BarTime;
import dev.parallax.cli.data.BundledData;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.cli.data.RemoteFile;
import dev.parallax.cli.data.RemoteFiles;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.strategy.StrategyProvider;
import dev.parallax.sim.core.ModelChoice;
import dev.parallax.sim.core.SimulatorConfig;
import dev.parallax.backtest.BacktestConfig;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.core.ExecutionModels;
import java.nio.file.Path;
import java.time.Duration;
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
     * {@code strategyFlags} and {@code flags}, reading local data only: a data URI is a {@link UsageException}.
     *
     * @throws CliException for any value that cannot be used, naming it
     */
    public static BacktestPlan build(BacktestFile file, Path base, StrategyOptions strategyFlags, PlanOptions flags) {
        return build(file, base, strategyFlags, flags, RemoteFiles.NONE);
    }

    /**
     * As {@link #build(BacktestFile, Path, StrategyOptions, PlanOptions)} with the config file at
     * {@code config} (its relative data path resolved against its folder), or with the flags alone when
     * {@code config} is null.
     *
     * @throws CliException if the file cannot be read or any value cannot be used, naming it
     */
    public static BacktestPlan build(Path config, StrategyOptions strategyFlags, PlanOptions flags) {
        if (config == null) {
            return build(BacktestFile.EMPTY, Path.of(""), strategyFlags, flags);
        }
        return build(ConfigReader.read(config), config.toAbsolutePath().getParent(), strategyFlags, flags);
    }

    /**
     * As {@link #build(BacktestFile, Path, StrategyOptions, PlanOptions)}, with a data location written as
     * a URI ({@link RemoteFiles#isUri}, in {@code --data} or the config's {@code data.file}) read through
     * {@code remotes}.
     *
     * @throws CliException for any value that cannot be used, naming it
     */
    public static BacktestPlan build(BacktestFile file, Path base, StrategyOptions strategyFlags, PlanOptions flags,
                                     RemoteFiles remotes) {
        Map<String, String> settings = new TreeMap<>();
        if (file.settings() != null) {
            settings.putAll(file.settings());
        }
        for (String pair : strategyFlags.settings) {
            ModelSpec.putPair("--set", pair, settings);
        }
        BacktestFile.DataFile df = file.data() == null ? new BacktestFile.DataFile(null, null, null, null, null, null)
                : file.data();
        String location = flags.data != null ? flags.data : df.file();
        Optional<RemoteFile> remote = location != null && RemoteFiles.isUri(location)
                ? Optional.of(remotes.of(location)) : Optional.empty();
        Optional<Path> data = remote.isPresent() ? Optional.empty()
                : flags.data != null ? Optional.of(UsageException.parsingOption("--data", () -> Path.of(flags.data)))
                : Optional.ofNullable(df.file()).map(f -> base.resolve(f));
        DataFormat format = pick("--format", flags.format, df.format(), "trades", DataFormat::parse);
        String symbol = first(flags.symbol, df.symbol(), BundledData.SYMBOL);
        if (flags.symbol != null && flags.symbol.isBlank()) {
            throw new UsageException("--symbol must not be blank, was '" + flags.symbol + "'");
        }
        boolean barGiven = flags.bar != null || df.bar() != null;
        Duration bar = flags.bar != null ? Durations.parse("--bar", flags.bar)
                : Durations.parse("data.bar", df.bar() == null ? "5m" : df.bar());
        boolean lenient = flags.lenient != null ? flags.lenient
                : df.lenient() != null ? df.lenient() : data.isEmpty() && remote.isEmpty();
        DataSpec spec = new DataSpec(data, format, symbol, bar, lenient ? BadRowPolicy.LENIENT : BadRowPolicy.STRICT,
                pick("--bar-time", flags.barTime, df.barTime(), BarTime.OPEN.label(), BarTime::parse), remote);
        if (!barGiven && format != DataFormat.TRADES) {
            spec = spec.withBar(BarLength.infer(spec));
        }
        ExecutionPreset preset = pick("--execution-models", flags.executionModels, file.executionModels(),
                ExecutionPreset.REALISTIC.label(), ExecutionPreset::parse);
        SimulatorConfig sim = preset.models();
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
        positiveFlag("--balance", strategyFlags.balance);
        if (strategyFlags.balance != null && strategyFlags.balance > BacktestConfig.MAX_INITIAL_CASH) {
            throw new UsageException("--balance must be at most " + BacktestConfig.MAX_INITIAL_CASH + ", was "
                    + strategyFlags.balance);
        }
        positiveFlag("--periods-per-year", strategyFlags.periodsPerYear);
        if (flags.barSpreadBps != null
                && !(flags.barSpreadBps >= 0 && flags.barSpreadBps < BacktestConfig.MAX_BAR_SPREAD_BPS)) {
            throw new UsageException("--bar-spread-bps must be >= 0 and below " + BacktestConfig.MAX_BAR_SPREAD_BPS
                    + " (the bid would be zero or less), was " + flags.barSpreadBps);
        }
        Optional<LocalDate> from = pick("--from", flags.from, file.from(), null, t -> date("from", t));
        Optional<LocalDate> to = pick("--to", flags.to, file.to(), null, t -> date("to", t));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw UsageException.of(flags.from != null || flags.to != null ? "--to" : "to",
                    "--to must not be before --from, was from " + from.get() + " to " + to.get());
        }
        BacktestPlan plan;
        try {
            plan = new BacktestPlan(first(strategyFlags.strategy, file.strategy(), "sma-cross"),
                    ModelSettings.of(settings), spec, from, to,
                    strategyFlags.balance != null ? strategyFlags.balance
                            : file.balance() != null ? file.balance() : 100_000,
                    pick("--execution", strategyFlags.execution, file.execution(), "next-bar-open", PlanJson::execution),
                    flags.barSpreadBps != null ? flags.barSpreadBps
                            : file.barSpreadBps() != null ? file.barSpreadBps() : preset.barSpreadBps(),
                    strategyFlags.periodsPerYear != null ? strategyFlags.periodsPerYear
                            : file.periodsPerYear() != null ? file.periodsPerYear() : 365,
                    sim.toBuilder().seed(seed).build(), preset,
                    AccountChoice.forFeeModel(AccountChoice.of(strategyFlags, file.account()), sim.fee()),
                    strategyFlags.marketDataLatency != null ? strategyFlags.marketDataLatency
                            : file.marketDataLatency() == null || file.marketDataLatency(),
                    pick("--position-mode", strategyFlags.positionMode, null, "netting", PlanJson::positionMode));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        checkStrategy(plan, strategyFlags);
        return plan;
    }

    /**
     * Creates the strategy of {@code plan} once, so that an unknown name or a setting it refuses is
     * reported before any data is read: a {@link UsageException} when the flag that chose it was given
     * ({@code --strategy} for the name, {@code --set} for the settings), else a plain {@link CliException}.
     */
    private static void checkStrategy(BacktestPlan plan, StrategyOptions flags) {
        asOption(flags.strategy != null ? "--strategy" : null,
                () -> ModelCatalog.load(StrategyProvider.class).provider(plan.strategy()));
        asOption(flags.settings.isEmpty() ? null : "--set", () -> BacktestRunner.strategy(plan));
    }

    /** Runs {@code check}; a refusal is a {@link UsageException} about {@code option}, or without one a {@link CliException}. */
    private static void asOption(String option, java.util.function.Supplier<?> check) {
        if (option != null) {
            UsageException.parsingOption(option, check);
            return;
        }
        try {
            check.get();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    /**
     * The value of option {@code option} parsed when given (a bad one is a {@link UsageException}), else
     * the config file's value or {@code fallback} parsed (a bad one is a plain {@link CliException}).
     */
    private static <T> T pick(String option, String flag, String fileValue, String fallback,
                              java.util.function.Function<String, T> parse) {
        if (flag != null) {
            return UsageException.parsingOption(option, () -> parse.apply(flag));
        }
        return parse.apply(fileValue != null ? fileValue : fallback);
    }

    private static void positiveFlag(String option, Double value) {
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            throw new UsageException(option + " must be a finite number > 0, was " + value);
        }
    }

    /** {@code sim} with the model of flag {@code --kind}; an unknown name or setting is a {@link UsageException}. */
    private static SimulatorConfig flag(SimulatorConfig sim, String kind, String text) {
        if (text == null) {
            return sim;
        }
        ModelChoice choice = ModelSpec.parse("--" + kind, text);
        SimulatorConfig next = with(sim, kind, choice);
        UsageException.parsingOption("--" + kind, () -> ExecutionModels.from(ModelLookup.fromClasspath(), next));
        return next;
    }

    private static SimulatorConfig with(SimulatorConfig sim, String kind, ModelChoice choice) {
        return switch (kind) {
            case "fee" -> sim.toBuilder().fee(choice).build();
            case "latency" -> sim.toBuilder().latency(choice).build();
            case "slippage" -> sim.toBuilder().slippage(choice).build();
            case "queue" -> sim.toBuilder().queue(choice).build();
            default -> sim.toBuilder().fill(choice).build();
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

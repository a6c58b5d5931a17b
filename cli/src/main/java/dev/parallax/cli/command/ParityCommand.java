package dev.parallax.cli.command;

import dev.parallax.alert.AlertLogFileSink;
import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.live.LiveLocation;
import dev.parallax.cli.parity.LimitsInForce;
import dev.parallax.cli.parity.ParityReplay;
import dev.parallax.cli.parity.ParityText;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.StrategyName;
import dev.parallax.parity.state.DisableState;
import dev.parallax.parity.state.DisableStateStore;
import dev.parallax.parity.state.ParityStateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax parity}: a strategy's parity status, alert history and daily reports. */
@Command(name = "parity", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = ParityCommand.Reset.class,
        description = {"Shows a strategy's saved parity status (ACTIVE, or DISABLED with the reason), its alert "
                + "history from <data-dir>/logs, and with --backtest the daily parity reports rebuilt from the "
                + "backtest results file and the live database (<data-dir>/live/<strategy>_live.db), judged by the "
                + "limits saved for the strategy (<data-dir>/parity/<strategy>_parity_limits.json; the defaults when "
                + "none are saved), which --parity-config and the limit flags override. Read-only: nothing is "
                + "saved and no alert is delivered.",
                "Exit code 0 when the strategy is enabled, 3 when it is disabled or its saved state file is damaged "
                        + "(repeated key, trailing content, unknown field, anything malformed), 1 when the data folder "
                        + "holds nothing for it (no parity state, live database or alert: a misspelt name, say)."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax parity --strategy sma-cross-demo --data-dir parallax-demo/data",
                "  parallax parity --strategy sma-cross-demo --data-dir parallax-demo/data --backtest parallax-demo/backtest.json",
                "  parallax parity reset --strategy sma-cross-demo --data-dir parallax-demo/data --operator ana --reason \"fees fixed\""})
public final class ParityCommand implements Callable<Integer> {

    /** The exit code when the strategy is disabled. */
    public static final int DISABLED_EXIT = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--strategy", paramLabel = "NAME", converter = StrategyNameConverter.class,
            description = "Strategy name (required).")
    String strategy;

    @Mixin
    ParityOptions parity;

    @Option(names = "--backtest", paramLabel = "FILE", description = "Backtest results JSON, for the daily reports.")
    Path backtest;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (strategy == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--strategy=NAME'");
        }
        LiveLocation location = parity.location();
        DisableStateStore store = new DisableStateStore(parity.dataDir.resolve("parity"));
        List<String> history = history(parity.dataDir, strategy);
        StrategyName name = StrategyName.of(strategy);
        requireKnown(store.fileOf(name), history, location);
        Optional<DisableState> saved;
        try {
            saved = store.load(name);
        } catch (ParityStateException e) {
            out.println("strategy " + strategy + ": DISABLED - its saved state cannot be trusted: " + e.getMessage());
            return DISABLED_EXIT;
        }
        // resolved before anything is printed, so a damaged limits file or a bad flag is the only output
        Optional<LimitsInForce> limits = backtest == null ? Optional.empty() : Optional.of(parity.limits(strategy));
        boolean disabled = saved.map(DisableState::disabled).orElse(false);
        out.println("strategy " + strategy + ": " + (disabled ? "DISABLED - " + saved.get().reason() : "ACTIVE"));
        out.println("alert history (" + history.size() + "):");
        history.forEach(line -> out.println("  " + line));
        if (limits.isPresent()) {
            ParityReplay replay = ParityReplay.of(backtest, location, strategy, limits.get().limits());
            out.println("daily parity, replayed from " + backtest + " and the live database (status column: the "
                    + "replayed status at the end of each day)");
            limits.get().describe().lines().forEach(line -> out.println("  " + line));
            ParityText.table(out, replay.parity(), "  ");
            out.println("  " + agreement(saved, replay));
        }
        return disabled ? DISABLED_EXIT : ExitCodes.OK;
    }

    /** Whether the replay reached the saved verdict. */
    private static String agreement(Optional<DisableState> saved, ParityReplay replay) {
        boolean savedDisabled = saved.map(DisableState::disabled).orElse(false);
        boolean replayDisabled = replay.parity().status() == ParityStatus.DISABLED;
        if (savedDisabled && replayDisabled && saved.get().reason().equals(replay.parity().disableReason())) {
            return "the replay reaches the saved verdict";
        }
        if (!savedDisabled && !replayDisabled) {
            return "the replay, like the saved state, does not disable the strategy";
        }
        return "the replay differs from the saved state (saved: " + (savedDisabled ? "DISABLED - "
                + saved.get().reason() : "not disabled") + "); were other limits in force, or was the strategy reset?";
    }

    /**
     * Refuses a strategy of which the data folder holds nothing: no saved parity state, no live
     * database and no alert. Its status would read ACTIVE, exit code 0, so a misspelt name would
     * look like an enabled strategy to a script.
     */
    private void requireKnown(Path state, List<String> history, LiveLocation location) {
        if (history.isEmpty() && !Files.exists(state) && !LiveDatabase.exists(location, strategy)) {
            throw new CliException("nothing is recorded for strategy '" + strategy + "' in " + parity.dataDir
                    + ": no parity state (" + state.getFileName() + "), no live database ("
                    + (location.database().isPresent() ? location.describe(strategy)
                    : LiveDatabase.file(parity.dataDir, strategy).getFileName())
                    + ") and no alert; check the name and --data-dir"
                    + (location.database().isPresent() ? " and --db" : ""));
        }
    }

    /** The registry of {@code dataDir}, judging by the limits saved for {@code strategy} so it keeps them. */
    static ParityTrackerRegistry registry(Path dataDir, String strategy) {
        try {
            ParityLimits limits = LimitsInForce.saved(dataDir.resolve("parity"), strategy, l -> l, List.of()).limits();
            return new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dataDir.resolve("parity"))
                    .alertLogFolder(dataDir.resolve("logs")).limits(limits).build(), Clock.systemUTC(), List.of());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    private static List<String> history(Path dataDir, String strategy) throws IOException {
        dev.parallax.parity.StrategyName.of(strategy);
        Path log = dataDir.resolve("logs").resolve(AlertLogFileSink.FILE_NAME);
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        String needle = "\"strategy\":\"" + strategy + "\"";
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains(needle)).toList();
    }

    /** {@code parallax parity reset}: re-enables a disabled strategy, saying who and why. */
    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Re-enables a strategy the parity tracker disabled. The reset is saved with the operator "
                    + "and reason, and alerted to the alert log.",
            footerHeading = "%nExamples:%n",
            footer = "  parallax parity reset --strategy sma-cross-demo --data-dir parallax-demo/data --operator ana --reason \"fees fixed\"")
    public static final class Reset implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Option(names = "--strategy", required = true, paramLabel = "NAME", converter = StrategyNameConverter.class,
                description = "Strategy name.")
        String strategy;

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "parallax-data",
                description = "Data folder (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Option(names = "--operator", required = true, paramLabel = "WHO", description = "Who resets it.")
        String operator;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is safe to trade again.")
        String reason;

        @Override
        public Integer call() {
            ParityTracker tracker = registry(dataDir, strategy).tracker(strategy);
            if (!tracker.isDisabled()) {
                throw new CliException("strategy " + strategy + " is not disabled (status " + tracker.status()
                        + "); nothing to reset");
            }
            try {
                tracker.reset(operator, reason);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println("strategy " + strategy + " re-enabled by " + operator + ": " + reason);
            return ExitCodes.OK;
        }
    }
}

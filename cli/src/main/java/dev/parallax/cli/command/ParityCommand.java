package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.live.LiveLocation;
import dev.parallax.cli.parity.ParityReplay;
import dev.parallax.cli.parity.ParityText;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.alert.AlertLogFileSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
                + "backtest results file and the live database (<data-dir>/live/<strategy>_live.db).",
                "Exit code 0 when the strategy is enabled, 3 when it is disabled, 1 when the data folder holds nothing "
                        + "for it (no parity state, live database or alert: a misspelt name, say)."},
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

    @Option(names = "--strategy", paramLabel = "NAME", description = "Strategy name (required).")
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
        ParityTrackerRegistry registry = registry(parity.dataDir);
        List<String> history = history(parity.dataDir, strategy);
        requireKnown(registry, history, location);
        ParityTracker tracker = registry.tracker(strategy);
        out.println("strategy " + strategy + ": " + tracker.status()
                + (tracker.isDisabled() ? " - " + tracker.disableReason() : ""));
        out.println("alert history (" + history.size() + "):");
        history.forEach(line -> out.println("  " + line));
        if (backtest != null) {
            ParityReplay replay = ParityReplay.of(backtest, location, strategy, parity.thresholds());
            out.println("daily parity, replayed from " + backtest + " and the live database (status column: each "
                    + "day's tracking-error level)");
            out.println("  " + ParityText.thresholds(parity.thresholds()));
            ParityText.table(out, replay.parity(), "  ");
        }
        return tracker.isDisabled() ? DISABLED_EXIT : ExitCodes.OK;
    }

    /**
     * Refuses a strategy of which the data folder holds nothing: no saved parity state, no live
     * database and no alert. Its status would read ACTIVE, exit code 0, so a misspelt name would
     * look like an enabled strategy to a script.
     */
    private void requireKnown(ParityTrackerRegistry registry, List<String> history, LiveLocation location) {
        Path state = registry.stateFile(strategy);
        if (history.isEmpty() && !Files.exists(state) && !LiveDatabase.exists(location, strategy)) {
            throw new CliException("nothing is recorded for strategy '" + strategy + "' in " + parity.dataDir
                    + ": no parity state (" + state.getFileName() + "), no live database ("
                    + (location.database().isPresent() ? location.describe(strategy)
                    : LiveDatabase.file(parity.dataDir, strategy).getFileName())
                    + ") and no alert; check the name and --data-dir"
                    + (location.database().isPresent() ? " and --db" : ""));
        }
    }

    static ParityTrackerRegistry registry(Path dataDir) {
        try {
            return new ParityTrackerRegistry(ParitySettings.DEFAULTS.withDataFolder(dataDir.resolve("parity"))
                    .withAlertLogFolder(dataDir.resolve("logs")), Clock.systemUTC(), List.of());
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

        @Option(names = "--strategy", required = true, paramLabel = "NAME", description = "Strategy name.")
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
            ParityTracker tracker = registry(dataDir).tracker(strategy);
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

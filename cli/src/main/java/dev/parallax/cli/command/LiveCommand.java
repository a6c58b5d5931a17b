package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.backtest.PlanJson;
import dev.parallax.cli.config.Durations;
import dev.parallax.cli.live.FillIngest;
import dev.parallax.cli.live.FillLine;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.live.LiveLocation;
import dev.parallax.cli.live.LiveStatus;
import dev.parallax.cli.parity.LimitsInForce;
import dev.parallax.ledger.PositionMode;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.RiskLimits;
import dev.parallax.parity.state.LimitsStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax live}: records live fills in the live tracker's database and prints the status. */
@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingests live fills (entries, exits, price marks) from a JSON-lines or CSV file or standard "
                + "input into the strategy's live tracker database <data-dir>/live/<strategy>_live.db (or, with --db, "
                + "the schema live_<strategy> of a PostgreSQL database), then prints "
                + "balance, equity, P&L, open trades, circuit breaker and performance. Without --input it only "
                + "prints the status.",
                "JSON line: {\"type\":\"entry\",\"trade_id\":\"T-1\",\"symbol\":\"BTC/USD\",\"side\":\"buy\",\"size\":0.5,"
                        + "\"price\":50120,\"fee\":12.5,\"time\":\"2024-01-03T10:00:00Z\",\"slippage_bps\":1.2,\"latency_ms\":40}",
                "CSV header: " + FillLine.CSV_HEADER,
                "Each fill has an id: an entry's trade_id, an exit's exit_id, else one derived from the line number and "
                        + "content. Feeding an input again skips what is recorded. A line longer than 1 MiB, JSON nested "
                        + "deeper than 64 levels or a bad line stops the import naming its line; the lines before it stay "
                        + "recorded.",
                "The parity limits of the strategy (saved in <data-dir>/parity/<strategy>_parity_limits.json, the "
                        + "defaults the first time) are changed by --parity-config and the limit flags and saved "
                        + "again; parity --backtest and compare judge the strategy by them."},        footerHeading = "%nExamples:%n",
        footer = {"  parallax live --strategy btc-momentum --balance 10000 --input fills.jsonl",
                "  tail -f bot.log | parallax live --strategy btc-momentum --balance 10000 --input -",
                "  parallax live --strategy btc-momentum --balance 10000 --input fills.csv --follow",
                "  parallax live --strategy btc-momentum            (status only)",
                "  PGPASSWORD=... parallax live --strategy btc-momentum --balance 10000 --input fills.jsonl \\",
                "      --db jdbc:postgresql://127.0.0.1:5432/trading?user=bot"})
public final class LiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--strategy", required = true, paramLabel = "NAME", converter = StrategyNameConverter.class,
            description = "Strategy name: letters, digits, '.', '_' and '-'.")
    String strategy;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--balance", paramLabel = "CASH",
            description = "Initial balance; needed when the database is created, checked against it after.")
    Double balance;

    @Option(names = "--position-mode", paramLabel = "netting|per-trade",
            description = "How the account counts positions, kept in the database when it is created: per-trade "
                    + "(default for a new database): P&L against each trade's entry price, a closed trade per trade "
                    + "id; netting: against the average cost of the symbol's net position, a closed trade per round "
                    + "trip from flat. An existing database keeps its own; giving the other one is an error.")
    String positionMode;

    @Option(names = "--input", paramLabel = "FILE", description = "Fills file, or '-' for standard input.")
    String input;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "jsonl or csv (default: csv for *.csv, else jsonl).")
    String inputFormat;

    @Option(names = "--follow", description = "Keep reading the file as it grows (like tail -f), starting after the "
            + "last line recorded from it; stop with Ctrl-C.")
    boolean follow;

    @Option(names = "--follow-idle", paramLabel = "DURATION",
            description = "With --follow, stop after no new line for this long (default: never).")
    String followIdle;

    @Option(names = "--ack", description = "Print 'ack <id>' on standard output as each event is durably recorded "
            + "('ack <id> already-recorded' for one recorded before, 'ack <id> refused' for an entry the circuit "
            + "breaker refused), so a bot knows what is safe.")
    boolean ack;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1",
            description = "Commit the events of up to N input lines in one transaction (one fsync), which records "
                    + "many more fills per second (default: ${DEFAULT-VALUE}, one commit per line). A group is also "
                    + "committed as soon as the input has nothing more ready; with --ack, a group's acks are "
                    + "printed only after its commit, and a crash before it loses the unacknowledged group.")
    int commitEvery;

    @Mixin
    RiskLimitOptions riskLimits;

    @Mixin
    ParityLimitOptions parityLimits;

    @Mixin
    BasisOptions basisOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        RiskLimits limits = riskLimits.limits();
        Path parityFolder = dataDir.resolve("parity");
        LimitsInForce parity = LimitsInForce.saved(parityFolder, strategy, parityLimits::apply, parityLimits.overrides());
        LiveExecutionTracker tracker = open(limits);
        try (tracker) {
            if (new LimitsStore(parityFolder).saveIfChanged(strategy, parity.limits(), Instant.now())) {
                out.println("parity limits of " + strategy + " saved in " + parityFolder.resolve(strategy
                        + LimitsStore.FILE_SUFFIX) + " (" + parity.source() + ")");
            }
            if (input != null) {
                FillIngest ingest = ingest(tracker, out);
                if (ingest.resumedAfterLine() > 0) {
                    out.println("resumed " + input + " after line " + ingest.resumedAfterLine()
                            + ", the last line recorded before");
                }
                out.println("recorded " + ingest.recorded() + " events, skipped " + ingest.skipped()
                        + " already recorded (" + ingest.refused() + " entries refused by the circuit breaker)");
            }
            LiveStatus.print(out, tracker);
            out.println("  " + basisOptions.basis(BasisOptions.LIVE_PERIODS_PER_YEAR).describe());
        }
        return ExitCodes.OK;
    }

    /** For recording when there is input, else for reading, which works while another process records. */
    private LiveExecutionTracker open(RiskLimits limits) {
        var metrics = basisOptions.basis(BasisOptions.LIVE_PERIODS_PER_YEAR).options();
        LiveLocation location = database.location(dataDir);
        Optional<PositionMode> requested = positionMode == null ? Optional.empty()
                : Optional.of(UsageException.parsingOption("--position-mode", () -> PlanJson.positionMode(positionMode)));
        PositionMode mode = LiveDatabase.positionMode(location, strategy, requested);
        var settings = balance == null ? LiveDatabase.settings(dataDir, strategy, 1, limits, mode)
                : UsageException.parsingOption("--balance",
                        () -> LiveDatabase.settings(dataDir, strategy, balance, limits, mode));
        settings = settings.toBuilder().metricOptions(metrics).build();
        boolean recording = input != null;
        if (LiveDatabase.exists(location, strategy)) {
            if (balance == null) {
                settings = LiveDatabase.savedSettings(location, strategy, limits).toBuilder().metricOptions(metrics)
                        .positionMode(mode).build();
            }
            return LiveDatabase.builder(location, settings, !recording).open();
        }
        if (balance == null) {
            throw new CliException("no live database for '" + strategy + "' yet in " + (location.database().isPresent()
                    ? location.describe(strategy) : LiveDatabase.folder(dataDir)) + "; give --balance to create it");
        }
        return LiveDatabase.builder(location, settings, false).open();
    }

    private FillIngest ingest(LiveExecutionTracker tracker, PrintWriter out) throws IOException, InterruptedException {
        boolean csv = inputFormat != null ? parseFormat(inputFormat) : input.toLowerCase(Locale.ROOT).endsWith(".csv");
        if (commitEvery < 1) {
            throw new UsageException("--commit-every must be >= 1, was " + commitEvery);
        }
        FillIngest ingest = new FillIngest(tracker, csv, ack ? Optional.of(out) : Optional.empty(), commitEvery);
        if (input.equals("-")) {
            ingest.stream(System.in, "standard input");
            return ingest;
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new CliException("fills file not found: " + file);
        }
        Optional<Duration> idle = followIdle == null ? Optional.empty()
                : Optional.of(Durations.parse("--follow-idle", followIdle));
        ingest.file(file, follow, idle);
        return ingest;
    }

    private static boolean parseFormat(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "jsonl", "json" -> false;
            default -> throw new UsageException("--input-format must be jsonl or csv, was '" + text + "'");
        };
    }
}

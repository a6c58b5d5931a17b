package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.config.Durations;
import dev.parallax.cli.live.FillLine;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.live.LiveStatus;
import dev.parallax.cli.parity.LimitsInForce;
import dev.parallax.live.EntryRefusedException;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveExit;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RiskLimits;
import dev.parallax.parity.state.LimitsStore;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax live}: records live fills in the live tracker's database and prints the status. */
@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingests live fills (entries, exits, price marks) from a JSON-lines or CSV file or standard "
                + "input into the strategy's live tracker database <data-dir>/live/<strategy>_live.db, then prints "
                + "balance, equity, P&L, open trades, circuit breaker and performance. Without --input it only "
                + "prints the status.",
                "JSON line: {\"type\":\"entry\",\"trade_id\":\"T-1\",\"symbol\":\"BTC/USD\",\"side\":\"buy\",\"size\":0.5,"
                        + "\"price\":50120,\"fee\":12.5,\"time\":\"2024-01-03T10:00:00Z\",\"slippage_bps\":1.2,\"latency_ms\":40}",
                "CSV header: " + FillLine.CSV_HEADER,
                "A bad line stops the import naming its line; the lines before it stay recorded.",
                "The parity limits of the strategy (saved in <data-dir>/parity/<strategy>_parity_limits.json, the "
                        + "defaults the first time) are changed by --parity-config and the limit flags and saved "
                        + "again; parity --backtest and compare judge the strategy by them."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax live --strategy btc-momentum --balance 10000 --input fills.jsonl",
                "  tail -f bot.log | parallax live --strategy btc-momentum --balance 10000 --input -",
                "  parallax live --strategy btc-momentum --balance 10000 --input fills.csv --follow",
                "  parallax live --strategy btc-momentum            (status only)"})
public final class LiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--strategy", required = true, paramLabel = "NAME",
            description = "Strategy name: letters, digits, '.', '_' and '-'.")
    String strategy;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "parallax-data",
            description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--balance", paramLabel = "CASH",
            description = "Initial balance; needed when the database is created, checked against it after.")
    Double balance;

    @Option(names = "--input", paramLabel = "FILE", description = "Fills file, or '-' for standard input.")
    String input;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "jsonl or csv (default: csv for *.csv, else jsonl).")
    String inputFormat;

    @Option(names = "--follow", description = "Keep reading the file as it grows (like tail -f); stop with Ctrl-C.")
    boolean follow;

    @Option(names = "--follow-idle", paramLabel = "DURATION",
            description = "With --follow, stop after no new line for this long (default: never).")
    String followIdle;

    @Option(names = "--max-daily-loss", paramLabel = "PCT", defaultValue = "5%",
            description = "Daily loss that trips the circuit breaker, as 5%% or 0.05 (default: ${DEFAULT-VALUE}).")
    String maxDailyLoss;

    @Option(names = "--max-drawdown", paramLabel = "PCT", defaultValue = "12%",
            description = "Drawdown that raises an alert (default: ${DEFAULT-VALUE}).")
    String maxDrawdown;

    @Mixin
    ParityLimitOptions parityLimits;

    @Mixin
    BasisOptions basisOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        RiskLimits limits;
        try {
            limits = new RiskLimits(fraction("--max-daily-loss", maxDailyLoss), fraction("--max-drawdown", maxDrawdown));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage(), e);
        }
        Path parityFolder = dataDir.resolve("parity");
        LimitsInForce parity = LimitsInForce.saved(parityFolder, strategy, parityLimits::apply, parityLimits.overrides());
        LiveExecutionTracker tracker = open(limits);
        try (tracker) {
            if (new LimitsStore(parityFolder).saveIfChanged(strategy, parity.limits(), Instant.now())) {
                out.println("parity limits of " + strategy + " saved in " + parityFolder.resolve(strategy
                        + LimitsStore.FILE_SUFFIX) + " (" + parity.source() + ")");
            }
            if (input != null) {
                long[] counts = ingest(tracker);
                out.println("recorded " + counts[0] + " events (" + counts[1] + " entries refused by the circuit breaker)");
            }
            LiveStatus.print(out, tracker);
            out.println("  " + basisOptions.basis(BasisOptions.LIVE_PERIODS_PER_YEAR).describe());
        }
        return ExitCodes.OK;
    }

    private LiveExecutionTracker open(RiskLimits limits) {
        var metrics = basisOptions.basis(BasisOptions.LIVE_PERIODS_PER_YEAR).options();
        var settings = LiveDatabase.settings(dataDir, strategy, balance == null ? 1 : balance, limits)
                .withMetricOptions(metrics);
        if (Files.isRegularFile(settings.databaseFile())) {
            if (balance != null) {
                return LiveExecutionTracker.builder(settings).open();
            }
            return LiveDatabase.openExisting(dataDir, strategy, limits, java.util.Optional.empty(), metrics);
        }
        if (balance == null) {
            throw new CliException("no live database for '" + strategy + "' yet in " + LiveDatabase.folder(dataDir)
                    + "; give --balance to create it");
        }
        return LiveExecutionTracker.builder(settings).open();
    }

    private long[] ingest(LiveExecutionTracker tracker) throws IOException, InterruptedException {
        boolean csv = inputFormat != null ? parseFormat(inputFormat) : input.toLowerCase(Locale.ROOT).endsWith(".csv");
        String name = input.equals("-") ? "standard input" : input;
        long[] counts = new long[2];
        long[] lineNo = {0};
        LineSink sink = text -> {
            lineNo[0]++;
            String line = lineNo[0] == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (line.isBlank()) {
                return;
            }
            LiveEvent event;
            try {
                if (csv && lineNo[0] == 1 && FillLine.isCsvHeader(line)) {
                    return;
                }
                event = csv ? FillLine.csv(line) : FillLine.json(line);
                record(tracker, event);
                counts[0]++;
            } catch (EntryRefusedException e) {
                counts[1]++;
            } catch (IllegalArgumentException e) {
                throw new CliException(name + " line " + lineNo[0] + ": " + e.getMessage()
                        + "; the " + counts[0] + " events before it are recorded");
            }
        };
        if (input.equals("-")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                sink.accept(line);
            }
        } else {
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                throw new CliException("fills file not found: " + file);
            }
            readFile(file, sink);
        }
        return counts;
    }

    private void readFile(Path file, LineSink sink) throws IOException, InterruptedException {
        Duration idle = followIdle == null ? null : Durations.parse("--follow-idle", followIdle);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            // Bytes are split into lines before they are decoded: a read can end inside a
            // multi-byte character, but never inside a line break, which is one byte in UTF-8.
            ByteArrayOutputStream partial = new ByteArrayOutputStream();
            long lastData = System.nanoTime();
            byte[] buf = new byte[8192];
            while (true) {
                int n = raf.read(buf);
                if (n > 0) {
                    int start = 0;
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            partial.write(buf, start, i - start);
                            sink.accept(partial.toString(StandardCharsets.UTF_8).replace("\r", ""));
                            partial.reset();
                            start = i + 1;
                        }
                    }
                    partial.write(buf, start, n - start);
                    lastData = System.nanoTime();
                    continue;
                }
                if (!follow) {
                    if (partial.size() > 0) {
                        sink.accept(partial.toString(StandardCharsets.UTF_8));
                    }
                    return;
                }
                if (idle != null && System.nanoTime() - lastData > idle.toNanos()) {
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    private static void record(LiveExecutionTracker tracker, LiveEvent event) {
        if (event instanceof LiveEntry e) {
            tracker.recordEntry(e);
        } else if (event instanceof LiveExit x) {
            tracker.recordExit(x);
        } else if (event instanceof PriceMark m) {
            tracker.mark(m);
        }
    }

    private static boolean parseFormat(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "jsonl", "json" -> false;
            default -> throw new CliException("--input-format must be jsonl or csv, was '" + text + "'");
        };
    }

    /** A fraction written as {@code 5%} or {@code 0.05}. */
    static double fraction(String what, String text) {
        String t = text.trim();
        try {
            return t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new CliException(what + " must be a percentage like 5% or a fraction like 0.05, was '" + text + "'");
        }
    }

    /** Takes one line of input. */
    @FunctionalInterface
    private interface LineSink {
        void accept(String line) throws IOException;
    }
}

package dev.parallax.cli.command;

import dev.parallax.adapters.data.SkippedRows;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.EngineObserver;
import dev.parallax.backtest.RunClock;
import dev.parallax.backtest.result.BacktestJson;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.cli.CliException;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.Progress;
import dev.parallax.cli.SafePaths;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.BacktestRunner;
import dev.parallax.cli.backtest.PlanJson;
import dev.parallax.cli.backtest.PlanSummary;
import dev.parallax.cli.ParallaxVersion;
import dev.parallax.cli.data.DataRead;
import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.cli.data.BundledData;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.cli.demo.DemoFiles;
import dev.parallax.cli.demo.DemoSetup;
import dev.parallax.cli.demo.EquitySamples;
import dev.parallax.cli.demo.StatusLog;
import dev.parallax.cli.paper.PaperSession;
import dev.parallax.cli.parity.DailyRows;
import dev.parallax.cli.parity.LimitsInForce;
import dev.parallax.cli.parity.ParityText;
import dev.parallax.cli.report.BacktestViews;
import dev.parallax.cli.report.Benchmark;
import dev.parallax.cli.report.Format;
import dev.parallax.cli.report.HtmlReport;
import dev.parallax.cli.report.LiveViews;
import dev.parallax.cli.report.ParityView;
import dev.parallax.cli.report.Report;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.cli.report.RunView;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax demo}: the whole workflow on the bundled real data, in under a minute. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole workflow on real data: backtests the moving-average crossover (sma-cross) on "
                + "5-minute bars built from the bundled Bitstamp BTC/USD trades with realistic execution, runs the "
                + "same strategy again as a paper session on a second simulator set up as the live venue (slower, "
                + "wider spread, Bitstamp's tiered fees), recording each order's execution in the live tracker, "
                + "which feeds the parity tracker, prints the daily parity reports, shows the strategy "
                + "auto-disabled when the drift passes its limit (it then sends no new entries; its exits still go "
                + "out), and writes an HTML report.",
                "Everything is written inside the output folder; files of an earlier demo run there are replaced.",
                "The parity limits start from the demo's own (tracking error 8 / 15 / 40 bps on days of 5 trades or "
                        + "more, drift 150, slippage 60, fee impact 60, timing 40 bps, latency 5,000 ms), not from "
                        + "the defaults named below; --parity-config and the limit flags change them, and they are "
                        + "saved with the parity state."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax demo",
                "  parallax demo --out /tmp/demo",
                "  parallax demo --data my_trades.csv --symbol ETH/USD --bar 15m"})
public final class DemoCommand implements Callable<Integer> {

    /** Name under which the demo strategy is tracked. */
    public static final String STRATEGY = "sma-cross-demo";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-demo",
            description = "Output folder; everything the demo writes goes inside it (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Trades CSV (timestamp,price,amount; epoch seconds) to use instead of the bundled Bitstamp trades.")
    Path data;

    @Option(names = "--symbol", paramLabel = "SYMBOL", defaultValue = BundledData.SYMBOL,
            description = "Symbol of the trades (default: ${DEFAULT-VALUE}).")
    String symbol;

    @Option(names = "--bar", paramLabel = "DURATION", defaultValue = "5m",
            description = "Bar length (default: ${DEFAULT-VALUE}).")
    String bar;

    @Option(names = "--live-dir", paramLabel = "NAME", defaultValue = "data/live",
            description = "Folder of the live tracker's database, inside --out (default: ${DEFAULT-VALUE}).")
    String liveDir;

    @Option(names = "--parity-dir", paramLabel = "NAME", defaultValue = "data/parity",
            description = "Folder of the parity disable state, inside --out (default: ${DEFAULT-VALUE}).")
    String parityDir;

    @Option(names = "--log-dir", paramLabel = "NAME", defaultValue = "data/logs",
            description = "Folder of the parity alert log, inside --out (default: ${DEFAULT-VALUE}).")
    String logDir;

    @Mixin
    ParityLimitOptions limitOptions;

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DemoFiles files = new DemoFiles(out, SafePaths.inside(out, liveDir, "--live-dir"),
                SafePaths.inside(out, parityDir, "--parity-dir"), SafePaths.inside(out, logDir, "--log-dir"));
        if (symbol.isBlank()) {
            throw new UsageException("--symbol must not be blank, was '" + symbol + "'");
        }
        DataSpec dataSpec = new DataSpec(Optional.ofNullable(data), DataFormat.TRADES, symbol,
                dev.parallax.cli.config.Durations.parse("--bar", bar), BadRowPolicy.LENIENT);
        // the data is read and checked before the earlier run's files are deleted, so a bad argument keeps them
        List<Bar> bars = new ArrayList<>();
        DataSpec.Opened opened = readBars(dataSpec, bars);
        SkippedRows skipped = opened.skipped().get();
        DataRead read = opened.read().get();
        if (bars.size() < 30) {
            throw new CliException("the data gave " + bars.size() + " bars; the demo needs at least 30");
        }
        LimitsInForce limits = LimitsInForce.of(DemoSetup.LIMITS, "the demo's", limitOptions::apply,
                limitOptions.overrides());
        files.prepare(STRATEGY);

        o.println("Parallax demo: a backtest and its \"live\" twin on real Bitstamp BTC/USD trades");
        o.println("Output folder: " + files.root());
        o.println();
        o.println("1. Data");
        o.println("   " + dataSpec.describe() + " -> " + bars.size() + " bars of " + bar + " from "
                + Instant.ofEpochSecond(0, bars.get(0).timeNanos()) + " to "
                + Instant.ofEpochSecond(0, bars.get(bars.size() - 1).timeNanos()));
        o.println("   " + skipped.count() + " rows skipped as malformed (lenient mode)"
                + (skipped.isEmpty() ? "" : " at lines " + skipped.first().stream().limit(6)
                .map(r -> String.valueOf(r.line())).collect(java.util.stream.Collectors.joining(", "))
                + (skipped.count() > 6 ? ", ..." : "") + "; first: " + skipped.first().get(0).reason()));

        BacktestPlan backtestPlan = DemoSetup.backtest(dataSpec);
        BacktestPlan venuePlan = DemoSetup.liveVenue(dataSpec);
        ParitySettings paritySettings = ParitySettings.builder().dataFolder(files.parity())
                .alertLogFolder(files.logs()).limits(limits.limits()).build();
        ParityTrackerRegistry registry = new ParityTrackerRegistry(paritySettings, Clock.systemUTC(), List.of());
        ParityTracker parity = registry.tracker(STRATEGY);

        o.println();
        o.println("2. Backtest: sma-cross (SMA 5 over SMA 20, long only, 1 BTC), " + Format.money(DemoSetup.BALANCE) + " USD");
        o.println("   models: " + DemoSetup.describe(backtestPlan));
        BacktestResult backtest = run(backtestPlan, bars, Optional.of(parity), err, "backtest");
        o.println("   " + summary(backtest));

        o.println();
        o.println("3. Live venue: a second simulator standing in for the exchange (slower, wider spread, Bitstamp's fees)");
        o.println("   models: " + DemoSetup.describe(venuePlan));

        o.println();
        o.println("4. Live trading: the same strategy as a paper session on the live venue, bar by bar on the bars' clock");
        o.println("   Every order's execution is recorded in the live tracker as it happens and fed to the parity tracker;");
        o.println("   before an order that opens a position goes out, the circuit breaker and parity are asked.");
        o.println("   " + ParityText.limits(limits.limits()));
        if (limitOptions.overrides().isEmpty()) {
            o.println("   Why these limits: the live venue pays Bitstamp's taker fee (40 bps, falling with volume) where the");
            o.println("   backtest assumed 15 bps, so the fee limit is raised from 15 to 60 bps (else the very first trade");
            o.println("   would disable the strategy); the tracking-error lines sit where this data crosses them; the");
            o.println("   7-day drift limit (150 bps, default 200) disables the strategy once the daily gaps add up.");
        } else {
            o.println("   These are " + limits.source() + ".");
        }
        o.println("   They are saved in " + files.root().relativize(registry.limitsFile(STRATEGY))
                + ", so parity --backtest and compare judge by them too.");
        o.println("   Status changes at the close of the bar that caused them (alerts also go to the log on stderr and to");
        o.println("   the alert log file):");
        MetricBasis basis = MetricBasis.of(backtestPlan.periodsPerYear());
        LiveTrackerSettings liveSettings = LiveTrackerSettings.builder(STRATEGY, files.live(), DemoSetup.BALANCE)
                .limits(DemoSetup.LIVE_LIMITS).alertLogFolder(files.logs()).maxTimeSkew(Duration.ofMinutes(30))
                .metricOptions(basis.options()).build();
        StatusLog statusLog = new StatusLog(parity, line -> o.println("   " + line));
        RunView liveView;
        try (LiveExecutionTracker live = LiveExecutionTracker.builder(liveSettings).parity(registry).open()) {
            EquitySamples samples = new EquitySamples(live);
            PaperSession session = new PaperSession(BacktestRunner.config(venuePlan), live, parity, RunClock.HISTORICAL);
            BacktestResult liveRun = runLive(session, venuePlan, bars, (event, account) -> {
                statusLog.afterEvent(event, account);
                samples.afterEvent(event, account);
            }, err);
            liveView = LiveViews.of("live", live, samples.millis(), samples.equity(), RunView.EVERY_BAR, basis);
            DailyRows.recordReturns(parity, backtest, live);
            o.println("   live account: " + session.recordedExecutions() + " executions of "
                    + session.recordedOrders() + " orders recorded, " + live.trades().size() + " trades, equity " + Format.money(live.account().equity()) + ", fees "
                    + Format.money(live.account().fees()) + ", average slippage "
                    + Format.number(liveRun.execution().averageSlippageBps(), 1) + " bps, average latency "
                    + Format.number(liveRun.execution().averageFillLatencyMillis(), 0) + " ms");
            o.println("   entries refused before they went out: " + session.refusedByParity()
                    + " while parity had disabled the strategy, " + session.refusedByBreaker()
                    + " by the circuit breaker");
        }

        o.println();
        o.println("5. Daily parity reports (bps; positive = live did worse)");
        ParityView parityView = DailyRows.view(parity, registry.settings().thresholds(), statusLog.statusAtEndOfDay(),
                DailyRows.day(bars.get(0).timeNanos()), DailyRows.day(bars.get(bars.size() - 1).timeNanos()));
        ParityText.table(o, parityView, "   ");

        o.println();
        o.println("6. Auto-disable");
        if (parity.isDisabled()) {
            o.println("   " + STRATEGY + " is DISABLED: " + parity.disableReason());
            o.println("   The disable is saved in " + files.root().relativize(registry.stateFile(STRATEGY))
                    + " and alerted to " + files.root().relativize(files.logs().resolve("parity_disable_alerts.log"))
                    + "; it survives restarts until an operator runs:");
            o.println("   ./parallax parity reset --data-dir " + files.root().resolve("data") + " --strategy "
                    + STRATEGY + " --operator you --reason \"checked the fees\"");
        } else {
            o.println("   " + STRATEGY + " stayed " + parity.status() + ": the drift never passed the limits on this data");
        }

        RunView backtestView = BacktestViews.of("backtest", backtest).withBenchmark(Benchmark.buyAndHold(bars));
        PlanJson.Recorded backtestRun = new PlanJson.Recorded(backtestPlan, read, ParallaxVersion.get());
        List<String> notes = new ArrayList<>(PlanSummary.lines(backtestRun));
        notes.addAll(List.of("Data: " + dataSpec.describe() + ", " + bars.size() + " bars of " + bar + "; "
                        + skipped.count() + " malformed rows skipped.",
                        "Backtest models: " + DemoSetup.describe(backtestPlan),
                        "Live: a paper session of the same strategy on the live venue (models: "
                                + DemoSetup.describe(venuePlan) + "), on the bars' clock, entries gated by the "
                                + "circuit breaker and parity",
                        "Parity: " + ParityText.limits(limits.limits())));
        writeOutputs(files, backtest, backtestRun, new Report(
                "Parallax demo: sma-cross on Bitstamp BTC/USD", Optional.of(backtestView), Optional.of(liveView),
                Optional.of(parityView), notes));
        o.println();
        o.println("7. Files (in " + files.root() + ")");
        o.println("   report.html              the HTML report: equity against buy and hold, drawdowns, rolling and "
                + "calendar returns, trades, backtest vs live, tracking error and drift");
        o.println("   backtest.json            backtest results (schema " + BacktestJson.SCHEMA + "), "
                + "backtest-trades.csv its trades");
        o.println("   " + files.root().relativize(files.live()) + "/  the live tracker's database; "
                + files.root().relativize(files.parity()) + "/ the parity state and limits");
        o.println();
        o.printf(java.util.Locale.ROOT, "Done in %.1f s. Open %s in a browser.%n",
                (System.nanoTime() - started) / 1e9, files.root().resolve("report.html"));
        return ExitCodes.OK;
    }

    /** Reads every bar of {@code spec} into {@code bars}; the result says what was read and skipped. */
    private static DataSpec.Opened readBars(DataSpec spec, List<Bar> bars) {
        DataSpec.Opened opened = spec.open();
        try (MarketDataSource source = opened.source()) {
            while (source.hasNext()) {
                MarketEvent e = source.next();
                if (e instanceof Bar b) {
                    bars.add(b);
                }
            }
        }
        return opened;
    }

    private static BacktestResult run(BacktestPlan plan, List<Bar> bars, Optional<ParityTracker> parity,
                                      PrintWriter err, String label) {
        var config = BacktestRunner.config(plan);
        if (parity.isPresent()) {
            config = config.toBuilder().parityTracker(parity.get()).build();
        }
        try (Progress progress = Progress.onTerminal(err, label, bars.size())) {
            long[] n = {0};
            EngineObserver observer = (event, account) -> progress.update(++n[0]);
            return new BacktestEngine(config, observer).run(BacktestRunner.strategy(plan), MarketDataSource.of(bars));
        }
    }

    /** Runs the live half: {@code session} over {@code bars} with the strategy of {@code plan}. */
    private static BacktestResult runLive(PaperSession session, BacktestPlan plan, List<Bar> bars,
                                          EngineObserver story, PrintWriter err) {
        try (Progress progress = Progress.onTerminal(err, "live", bars.size())) {
            long[] n = {0};
            return session.run(BacktestRunner.strategy(plan), MarketDataSource.of(bars), (event, account) -> {
                story.afterEvent(event, account);
                progress.update(++n[0]);
            });
        }
    }

    private static String summary(BacktestResult r) {
        return r.trades().size() + " closed trades, return " + Format.percent(r.totalReturn()) + ", fees "
                + Format.money(r.totalFees()) + ", average slippage "
                + Format.number(r.execution().averageSlippageBps(), 1) + " bps, average latency "
                + Format.number(r.execution().averageFillLatencyMillis(), 0) + " ms";
    }

    private static void writeOutputs(DemoFiles files, BacktestResult backtest, PlanJson.Recorded backtestRun,
                                     Report report) throws IOException {
        try (OutputStream os = Files.newOutputStream(files.root().resolve("backtest.json"))) {
            BacktestJson.write(backtest, Optional.of(PlanJson.toJson(backtestRun.plan(), backtestRun.read(),
                    backtestRun.version())), os);
        }
        try (Writer w = Files.newBufferedWriter(files.root().resolve("backtest-trades.csv"), StandardCharsets.UTF_8)) {
            TradeRecord.CSV.write(backtest.trades(), w);
        }
        HtmlReport.write(report, files.root().resolve("report.html"));
    }
}

package dev.parallax.cli.command;

import dev.parallax.backtest.result.BacktestJson;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.Progress;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.PlanJson;
import dev.parallax.cli.backtest.PlanSummary;
import dev.parallax.cli.ParallaxVersion;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.backtest.BacktestRunner;
import dev.parallax.cli.backtest.PlanBuilder;
import dev.parallax.cli.data.BenchmarkData;
import dev.parallax.cli.report.BacktestViews;
import dev.parallax.cli.report.Format;
import dev.parallax.cli.report.HtmlReport;
import dev.parallax.cli.report.Report;
import dev.parallax.cli.report.TextReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax backtest}: runs a strategy over market data and writes its results. */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Backtests a strategy found by name through ServiceLoader (built in: sma-cross; or your own "
                + "StrategyProvider on the class path) over a data file or the bundled Bitstamp trades, and writes "
                + "results.json, trades.csv and report.html into the output folder.",
                "Settings come from a JSON or YAML config file (--config) and flags; a flag wins over the file. "
                        + "Models are written name[:key=value,...]; 'parallax backtest --list' shows every name."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax backtest --strategy sma-cross --set fast=10 --set slow=40",
                "  parallax backtest --config backtest.yaml --out runs/2024-01",
                "  parallax backtest --strategy sma-cross --data btc.csv --format ohlcv --symbol BTC/USD \\",
                "      --from 2024-01-01 --to 2024-03-31 --fee binance-spot --latency lognormal:submit_median_ms=40",
                "  parallax backtest --list"})
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StrategyOptions strategy;

    @Mixin
    PlanOptions plan;

    @Option(names = "--config", paramLabel = "FILE", description = "JSON (.json) or YAML (.yaml, .yml) config file.")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "parallax-out",
            description = "Folder for results.json, trades.csv and report.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--list", description = "List the strategies and models that can be named, and exit.")
    boolean list;

    @Option(names = "--rerun", paramLabel = "RESULTS",
            description = "Repeat the run recorded in the plan of a results.json: the same strategy and settings, "
                    + "models, seed, data (checked against its recorded SHA-256) and window. With the same data and "
                    + "Parallax version the new results.json is byte-identical. Takes no other settings but --out.")
    Path rerun;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (list) {
            Catalogs.print(o);
            return ExitCodes.OK;
        }
        Optional<PlanJson.Recorded> recorded = rerun == null ? Optional.empty() : Optional.of(recorded());
        BacktestPlan p;
        if (recorded.isPresent()) {
            p = recorded.get().plan();
        } else {
            p = PlanBuilder.build(config, strategy, plan);
        }
        BacktestRunner.Outcome outcome;
        BenchmarkData.Collector closes = new BenchmarkData.Collector();
        try (Progress progress = Progress.onTerminal(spec.commandLine().getErr(), "backtest", 0)) {
            long[] n = {0};
            outcome = BacktestRunner.run(p, (event, account) -> {
                progress.update(++n[0]);
                closes.accept(event);
            }, Optional.empty());
        }
        BacktestResult r = outcome.result();
        if (r.events() == 0) {
            throw new CliException("no market data in " + p.data().describe()
                    + (p.from().isPresent() || p.to().isPresent() ? " between --from and --to" : ""));
        }
        if (recorded.isPresent() && !recorded.get().read().sha256().equals(outcome.read().sha256())) {
            throw new CliException("the data changed while it was read: " + p.data().describe() + " has SHA-256 "
                    + outcome.read().sha256() + ", the plan recorded " + recorded.get().read().sha256());
        }
        Files.createDirectories(out);
        try (OutputStream os = Files.newOutputStream(out.resolve("results.json"))) {
            BacktestJson.write(r, Optional.of(PlanJson.toJson(p, outcome.read(), ParallaxVersion.get())), os);
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("trades.csv"), StandardCharsets.UTF_8)) {
            TradeRecord.CSV.write(r.trades(), w);
        }
        List<String> notes = new ArrayList<>(PlanSummary.lines(new PlanJson.Recorded(p, outcome.read(),
                ParallaxVersion.get())));
        if (r.account().rejectedOrders() > 0) {
            notes.add(r.account().rejectedOrders() + " orders rejected by the account; first: "
                    + r.account().rejections().get(0).reason());
        }
        r.account().ruinedAtNanos().ifPresent(t -> notes.add("ruined at " + java.time.Instant.ofEpochSecond(0, t)
                + ": equity reached zero and the run stopped trading"));
        if (outcome.skipped().count() > 0) {
            notes.add(outcome.skipped().count() + " malformed rows skipped (lenient), first at line "
                    + outcome.skipped().first().get(0).line() + ": " + outcome.skipped().first().get(0).reason());
        }
        var plain = BacktestViews.of("backtest", r);
        var view = closes.benchmark("buy and hold " + p.data().symbol()).map(plain::withBenchmark).orElse(plain);
        HtmlReport.write(new Report("Backtest: " + p.strategy(), Optional.of(view), Optional.empty(), Optional.empty(),
                notes), out.resolve("report.html"));
        notes.forEach(o::println);
        TextReport.run(o, view);
        o.println("Wrote " + out.resolve("results.json") + ", " + out.resolve("trades.csv") + " and "
                + out.resolve("report.html") + " (" + r.events() + " events, " + Format.money(r.finalEquity())
                + " final equity)");
        return ExitCodes.OK;
    }

    /** The plan of {@code --rerun}, its data checked against the recorded digest before anything runs. */
    private PlanJson.Recorded recorded() throws IOException {
        List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(o -> o.longestName())
                .filter(n -> !n.equals("--rerun") && !n.equals("--out") && !n.equals("--verbose"))
                .toList();
        if (!others.isEmpty()) {
            throw new UsageException("--rerun repeats the recorded plan and takes no other settings; remove "
                    + String.join(", ", others));
        }
        PlanJson.Recorded r = PlanJson.readFile(rerun);
        String sha = r.plan().data().sha256();
        if (!sha.equals(r.read().sha256())) {
            throw new CliException("cannot rerun " + rerun + ": " + r.plan().data().describe() + " has SHA-256 " + sha
                    + " but the run read " + r.read().sha256() + "; it is not the same data");
        }
        if (!r.version().equals(ParallaxVersion.get())) {
            spec.commandLine().getErr().println("note: " + rerun + " was written by Parallax " + r.version()
                    + "; this is " + ParallaxVersion.get() + ", so its figures may differ");
        }
        return r;
    }
}

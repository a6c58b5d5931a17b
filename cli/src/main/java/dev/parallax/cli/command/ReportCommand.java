package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.backtest.PlanJson;
import dev.parallax.cli.backtest.PlanSummary;
import dev.parallax.cli.data.BenchmarkData;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.parity.ParityReplay;
import dev.parallax.cli.parity.ParityText;
import dev.parallax.cli.report.BacktestViews;
import dev.parallax.cli.report.Benchmark;
import dev.parallax.cli.report.HtmlReport;
import dev.parallax.cli.report.JsonReport;
import dev.parallax.cli.report.LiveViews;
import dev.parallax.cli.report.ParityView;
import dev.parallax.cli.report.Report;
import dev.parallax.cli.report.RunView;
import dev.parallax.cli.report.TextReport;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.metrics.MetricBasis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax report}: a text, JSON or HTML report of a backtest and/or a live account. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reports a backtest (results JSON), a live account (--strategy, from its database in "
                + "--data-dir), or both with their parity, as text or JSON on standard output or as a "
                + "self-contained HTML file. Return figures are stated on one basis (--periods-per-year, default "
                + "the backtest's, else 252; annual --risk-free and --sortino-target), the same for backtest and "
                + "live. --format json writes numbers (docs/REPORT_JSON.md).",
        footerHeading = "%nExamples:%n",
        footer = {"  parallax report --backtest parallax-out/results.json",
                "  parallax report --strategy btc-momentum --format json",
                "  parallax report --backtest results.json --benchmark spx.csv --format html",
                "  parallax report --backtest parallax-demo/backtest.json --strategy sma-cross-demo \\",
                "      --data-dir parallax-demo/data --format html --output report.html"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--backtest", paramLabel = "FILE", description = "Backtest results JSON.")
    Path backtest;

    @Option(names = "--strategy", paramLabel = "NAME", converter = StrategyNameConverter.class,
            description = "Strategy whose live database to report.")
    String strategy;

    @Mixin
    ParityOptions parity;

    @Mixin
    BasisOptions basisOptions;

    @Option(names = "--benchmark", paramLabel = "FILE",
            description = "OHLCV CSV (time,open,high,low,close,volume; UTC) whose closes the backtest is measured "
                    + "against, bought and held; default: buy and hold of the data the backtest's plan names.")
    Path benchmark;

    @Option(names = "--no-benchmark", description = "Measure against no benchmark.")
    boolean noBenchmark;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "HTML file to write, with --format html (default: report.html).")
    Path output;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "html").contains(f)) {
            throw new UsageException("--format must be text, json or html, was '" + format + "'");
        }
        if (output != null && !f.equals("html")) {
            throw new UsageException("--output is for --format html; the " + f + " report goes to standard output "
                    + "(redirect it with '>' to keep it in a file)");
        }
        if ((backtest == null || strategy == null) && !parity.limitOverrides().isEmpty()) {
            throw new UsageException(String.join(", ", parity.limitOverrides()) + " set parity limits, which report "
                    + "uses only to replay parity: give both --backtest FILE and --strategy NAME");
        }
        if (backtest == null && strategy == null) {
            throw new UsageException("nothing to report: give --backtest FILE, --strategy NAME, or both");
        }
        Optional<BacktestViews.Source> source = Optional.ofNullable(backtest).map(BacktestViews::load);
        MetricBasis basis = basisOptions.basis(source.map(src -> src.basis().periodsPerYear())
                .orElse(BasisOptions.LIVE_PERIODS_PER_YEAR));
        if (benchmark != null && noBenchmark) {
            throw new UsageException("--benchmark and --no-benchmark exclude each other");
        }
        if (benchmark != null && backtest == null) {
            throw new UsageException("--benchmark measures a backtest: give --backtest FILE too");
        }
        List<String> notes = new java.util.ArrayList<>();
        Optional<RunView> b = source.map(src -> src.view("backtest", basis));
        if (b.isPresent() && !noBenchmark) {
            Optional<Benchmark> against = benchmark != null ? Optional.of(BenchmarkData.ofFile(benchmark))
                    : planBenchmark(source.get(), notes);
            if (against.isPresent()) {
                b = Optional.of(b.get().withBenchmark(against.get()));
            }
        }
        Optional<RunView> live = Optional.empty();
        Optional<ParityView> par = Optional.empty();
        if (strategy != null && backtest != null) {
            ParityReplay replay = ParityReplay.of(backtest, parity.location(), strategy,
                    parity.limits(strategy).limits(), basis);
            live = Optional.of(replay.live());
            par = Optional.of(replay.parity());
        } else if (strategy != null) {
            try (LiveExecutionTracker t = LiveDatabase.openForReading(parity.location(), strategy, basis.options())) {
                live = Optional.of(LiveViews.of("live", t, basis));
            }
        }
        // the run-plan header (what was run, with which settings) is in the notes, which every format prints first
        if (backtest != null) {
            notes.add(0, "Backtest: " + backtest);
            source.get().plan().ifPresent(p -> notes.addAll(1, PlanSummary.lines(PlanJson.read(p, source.get().source()))));
        }
        Report report = new Report("Parallax report" + (strategy == null ? "" : ": " + strategy), b, live, par, notes);
        PrintWriter out = spec.commandLine().getOut();
        switch (f) {
            case "html" -> {
                Path file = output == null ? Path.of("report.html") : output;
                HtmlReport.write(report, file);
                out.println("Wrote " + file);
            }
            case "json" -> out.println(JsonReport.render(report));
            default -> {
                TextReport.write(out, report);
                report.parity().ifPresent(p -> ParityText.table(out, p, "  "));
            }
        }
        return ExitCodes.OK;
    }

    /** Buy and hold of the plan's data; empty, with a note saying why, when it cannot be read again. */
    private static Optional<Benchmark> planBenchmark(BacktestViews.Source source, List<String> notes) {
        if (source.plan().isEmpty()) {
            notes.add("No benchmark: the results record no plan to find the traded data by (give --benchmark FILE).");
            return Optional.empty();
        }
        try {
            return Optional.of(BenchmarkData.ofPlan(PlanJson.read(source.plan().get(), source.source()).plan()));
        } catch (CliException e) {
            notes.add("No benchmark: " + e.getMessage() + " (give --benchmark FILE).");
            return Optional.empty();
        }
    }
}

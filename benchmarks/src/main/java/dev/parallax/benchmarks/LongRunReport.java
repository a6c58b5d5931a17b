package dev.parallax.benchmarks;

import dev.parallax.backtest.BarExecution;
import dev.parallax.backtest.ColumnarBacktest;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.ColumnarConfig;
import dev.parallax.backtest.columnar.ColumnarSmaCross;
import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.backtest.result.ColumnarResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.cli.report.Benchmark;
import dev.parallax.cli.report.DailyCloses;
import dev.parallax.cli.report.HtmlReport;
import dev.parallax.cli.report.Metric;
import dev.parallax.cli.report.MetricUnit;
import dev.parallax.cli.report.PointDrawdown;
import dev.parallax.cli.report.Report;
import dev.parallax.cli.report.RunView;
import dev.parallax.cli.report.TradeRow;
import dev.parallax.metrics.CalendarReturns;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.metrics.MonthlyReturn;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.sim.api.Side;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML report of a very long run: its size and how long headless Chromium takes to open it.
 * It backtests a seeded synthetic series of one-minute bars (5,000,000 by default, about 9.5 years)
 * with the columnar engine (SMA 20 over SMA 100, long only, 1 unit, 10 bps fee, 5 bps slippage),
 * measured against buy and hold, writes the report, and, when Chromium is on the PATH, loads it in a
 * probe page and prints the time to the page's load event and the charts' own drawing time. Build
 * with {@code ./mvnw -B -o -q -pl benchmarks -am package -DskipTests}, then:
 *
 * <pre>java -Xmx2g -cp benchmarks/target/benchmarks.jar:cli/target/parallax.jar dev.parallax.benchmarks.LongRunReport [bars]</pre>
 */
public final class LongRunReport {

    private static final Pattern RESULT = Pattern.compile("RESULT:(\\d+(?:\\.\\d+)?):(\\d+(?:\\.\\d+)?):(\\d+):END");

    private LongRunReport() {
    }

    /** Entry point; the optional first argument is the number of bars. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        long t0 = System.nanoTime();
        BarSeries bars = SyntheticBars.generate("SYN", n, 42, 60_000_000_000L);
        ColumnarResult r = new ColumnarBacktest(new ColumnarConfig(100_000, BarExecution.SIGNAL_BAR_CLOSE, 10, 5, true,
                false)).run(bars, new ColumnarSmaCross(20, 100, false, 1));
        System.out.printf(Locale.ROOT, "backtested %,d bars in %.1f s: %,d closed trades%n", n,
                (System.nanoTime() - t0) / 1e9, r.trades().size());
        long t1 = System.nanoTime();
        Report report = new Report("Long run: " + n + " one-minute bars", Optional.of(view(bars, r)), Optional.empty(),
                Optional.empty(), List.of("Synthetic seeded bars (seed 42), SMA 20 over SMA 100, columnar engine."));
        Path dir = Files.createTempDirectory("parallax-long-report");
        Path html = dir.resolve("report.html");
        HtmlReport.write(report, html);
        System.out.printf(Locale.ROOT, "wrote the report in %.1f s: %,d bytes (%.2f MB)%n",
                (System.nanoTime() - t1) / 1e9, Files.size(html), Files.size(html) / 1e6);
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            System.out.println("no chromium on the PATH: render time not measured; the report is " + html);
            return;
        }
        render(chromium.get(), dir);
        System.out.println("report left at " + html);
    }

    private static RunView view(BarSeries bars, ColumnarResult r) {
        int n = bars.size();
        long[] millis = new long[n];
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            nanos[i] = bars.time(i);
            millis[i] = Math.floorDiv(nanos[i], 1_000_000L);
        }
        double[] equity = r.equity();
        double start = 100_000;
        MetricBasis basis = MetricBasis.of(365);
        PerformanceReport p = PerformanceReport.of(DailyCloses.returns(start, millis, equity), basis.options());
        Map<YearMonth, Double> monthly = new LinkedHashMap<>();
        for (MonthlyReturn m : CalendarReturns.ofEquity(nanos, equity, ZoneOffset.UTC).months()) {
            monthly.put(m.month(), m.value());
        }
        List<TradeRow> trades = new ArrayList<>(r.trades().size());
        double[] pnl = new double[r.trades().size()];
        for (int i = 0; i < pnl.length; i++) {
            TradeRecord t = r.trades().get(i);
            pnl[i] = t.netPnl();
            trades.add(new TradeRow(t.symbol(), t.direction() == Side.BUY ? "LONG" : "SHORT", t.entryTimeNanos() / 1_000_000,
                    t.exitTimeNanos() / 1_000_000, t.entryPrice(), t.exitPrice(), t.size(), t.fees(), t.netPnl(), ""));
        }
        List<Metric> m = List.of(
                Metric.of("total_return", "total return", MetricUnit.FRACTION, r.finalEquity() / start - 1),
                Metric.of("cagr", "CAGR", MetricUnit.FRACTION, p.cagr()),
                Metric.of("sharpe", "Sharpe", MetricUnit.RATIO, p.sharpe()),
                Metric.of("sortino", "Sortino", MetricUnit.RATIO, p.sortino()),
                Metric.of("max_drawdown_daily", "max drawdown, daily closes", MetricUnit.FRACTION, p.maxDrawdown().depth()),
                Metric.of("max_drawdown_every_bar", "max drawdown, every bar", MetricUnit.FRACTION,
                        PointDrawdown.max(start, equity)),
                Metric.of("value_at_risk", "VaR (daily, 5%)", MetricUnit.FRACTION, p.valueAtRisk()),
                Metric.of("conditional_value_at_risk", "CVaR (daily, 5%)", MetricUnit.FRACTION,
                        p.conditionalValueAtRisk()),
                Metric.of("closed_trades", "closed trades", MetricUnit.COUNT, pnl.length));
        double[] closes = new double[n];
        for (int i = 0; i < n; i++) {
            closes[i] = bars.close(i);
        }
        return new RunView("backtest", millis, equity, start, RunView.EVERY_BAR, pnl, monthly, basis, m, trades, List.of(),
                Optional.empty()).withBenchmark(new Benchmark("buy and hold SYN", millis, closes));
    }

    /** Loads the report in a probe page and prints the load and drawing times. */
    private static void render(Path chromium, Path dir) throws IOException, InterruptedException {
        Path probe = dir.resolve("probe.html");
        Files.writeString(probe, """
                <!doctype html><html><body>
                <iframe id="r" src="report.html" style="width:1400px;height:30000px;border:0"></iframe>
                <pre id="out">PENDING</pre>
                <script>
                var begun = performance.now();
                window.addEventListener('load', function () {
                  var w = document.getElementById('r').contentWindow;
                  document.getElementById('out').textContent = 'RESULT:' + (performance.now() - begun).toFixed(1) + ':'
                      + w.document.body.getAttribute('data-render-ms') + ':' + (w.parallaxCharts || []).length + ':END';
                });
                </script></body></html>
                """, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--user-data-dir=" + dir.resolve("profile"), "--allow-file-access-from-files",
                "--virtual-time-budget=60000", "--dump-dom", probe.toUri().toString());
        pb.redirectOutput(dir.resolve("dom.html").toFile()).redirectError(dir.resolve("browser.log").toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            System.out.println("chromium did not finish within 300 s");
            return;
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Matcher m = RESULT.matcher(Files.readString(dir.resolve("dom.html")));
        if (!m.find()) {
            System.out.println("the probe page did not report; see " + dir.resolve("browser.log"));
            return;
        }
        System.out.printf(Locale.ROOT, "headless Chromium: page loaded in %s ms, %s charts drawn in %s ms; "
                + "browser process %.1f s in all (start-up included)%n", m.group(1), m.group(3), m.group(2), wall);
    }

    private static Optional<Path> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}

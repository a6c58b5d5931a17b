package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.cli.report.BacktestViews;
import dev.parallax.cli.report.Metric;
import dev.parallax.cli.report.MetricConventions;
import dev.parallax.cli.report.RunView;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.RiskLimits;
import dev.parallax.live.TradeRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo on the bundled data, then parity, compare and report on what it wrote. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWorkflowTest {

    private Path dir;
    private Path out;
    private CliRun demo;

    @BeforeAll
    void runDemo(@TempDir Path tempDir) {
        dir = tempDir;
        out = dir.resolve("demo");
        demo = CliRun.of("demo", "--out", out.toString());
    }

    @Test
    void demoSucceedsAndTellsTheWholeStory() {
        assertEquals(0, demo.code(), demo.err());
        String o = demo.out();
        assertTrue(o.contains("18 rows skipped as malformed (lenient mode) at lines 1375, 15670"), o);
        assertTrue(o.contains("1917 bars of 5m"), o);
        assertTrue(o.contains("2. Backtest") && o.contains("3. Live venue") && o.contains("fee bitstamp"), o);
        assertTrue(o.contains("5. Daily parity reports"), o);
        assertTrue(o.contains("2013-11-25") && o.contains("2013-12-01"), o);
        assertTrue(o.contains("parity status CRITICAL -> DISABLED"), o);
        assertTrue(o.contains("sma-cross-demo is DISABLED: ") && o.contains("CUMULATIVE_DRIFT"), o);
        assertTrue(o.contains("4. Live trading: the same strategy as a paper session on the live venue"), o);
        assertTrue(o.contains("live account: 89 executions of 78 orders recorded, 39 trades"), o);
        assertTrue(o.contains("entries refused before they went out: 21 while parity had disabled the strategy, "
                + "0 by the circuit breaker"), o);
    }

    /**
     * The live half is the runner's path: the gate acts before an order goes out, so the live tracker
     * holds no entry after the disable, and every entry the backtest made after it was refused.
     */
    @Test
    void theLiveHalfSendsNoEntryAfterTheDisableAndRefusesEachOneTheBacktestMade() throws IOException {
        Matcher line = Pattern.compile("(\\S+)  parity status CRITICAL -> DISABLED").matcher(demo.out());
        assertTrue(line.find(), demo.out());
        Instant disabled = Instant.parse(line.group(1));
        List<TradeRecord> trades;
        try (LiveExecutionTracker live = LiveDatabase.openExisting(
                out.resolve("data"), "sma-cross-demo", new RiskLimits(1, 1), Optional.empty())) {
            trades = live.trades();
        }
        assertEquals(39, trades.size());
        assertTrue(trades.stream().allMatch(t -> t.entryTime().isBefore(disabled) && t.closed()), trades.toString());
        long backtestEntriesAfter = Files.readAllLines(out.resolve("backtest-trades.csv")).stream().skip(1)
                .map(row -> Instant.parse(row.split(",")[2])).filter(t -> t.isAfter(disabled)).count();
        assertTrue(backtestEntriesAfter > 0);
        assertTrue(demo.out().contains("entries refused before they went out: " + backtestEntriesAfter + " while parity"),
                demo.out());
    }

    @Test
    void theDemosBacktestRerunsByteForByteThroughTheBacktestCommand() throws IOException {
        // only the backtest: the live half is a paper session whose gate refuses entries, which a rerun cannot be
        Path again = dir.resolve("rerun-backtest");
        CliRun run = CliRun.of("backtest", "--rerun", out.resolve("backtest.json").toString(), "--out", again.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(out.resolve("backtest.json")),
                Files.readAllBytes(again.resolve("results.json"))), "backtest.json reran to other bytes");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("SHA-256 ") && html.contains("Execution next-bar-open"), "the plan in the header");
    }

    @Test
    void demoWritesEverythingInsideItsOutputFolder() {
        for (String f : new String[] {"report.html", "backtest.json", "backtest-trades.csv",
                "data/live/sma-cross-demo_live.db", "data/parity/sma-cross-demo_disable_state.json",
                "data/logs/parity_disable_alerts.log"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertFalse(Files.exists(out.resolve("live-venue.json")), "no second simulator run is written any more");
    }

    @Test
    void theHtmlReportHasEveryChartInlineAndNoWebAddress() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        for (String chart : new String[] {"Equity (backtest, every bar) against buy and hold BTC/USD",
                "Underwater: drawdown from the running peak", "Rolling Sharpe and volatility", "Yearly returns",
                "Daily return distribution", "Trade P&L distribution", "Backtest vs live equity",
                "Daily tracking error", "Cumulative drift against its limit"}) {
            assertTrue(html.contains("\"title\":\"" + chart), chart);
        }
        assertEquals(9, html.split("<div class=\"chart\"", -1).length - 1);
        assertFalse(html.contains("http://") || html.contains("https://"), "the report must not reference the web");
        assertFalse(html.contains(" src=") || html.contains("<link") || html.contains("<img"), "self-contained");
        assertTrue(html.contains("Backtest vs live") && html.contains("Backtest metrics") && html.contains("Live metrics"));
        assertTrue(html.contains("disable 40 bps"), "the disable line is labelled");
        assertTrue(html.contains("limit +150 bps"), "the drift limit is drawn");
        assertTrue(html.contains("disabled 2013-11-29"), "the disable is marked on the overlay");
        assertTrue(html.contains("closed trades by market regime") && html.contains("id=\"trades\""));
        assertEquals(4, html.split("<noscript><svg ", -1).length - 1, "a plain drawing of each time chart");
    }

    @Test
    void reportMeasuresTheBacktestAgainstTheDataItsPlanNamesOrAGivenFile() throws IOException {
        String bt = out.resolve("backtest.json").toString();
        CliRun byPlan = CliRun.of("report", "--backtest", bt, "--format", "json");
        assertEquals(0, byPlan.code(), byPlan.err());
        assertTrue(byPlan.out().contains("\"benchmark\" : \"buy and hold BTC/USD\"") && byPlan.out().contains("\"beta\""),
                byPlan.out());
        // a benchmark that doubles over the run, in a straight line of daily closes
        Path csv = dir.resolve("bench.csv");
        StringBuilder rows = new StringBuilder("time,open,high,low,close,volume\n");
        for (int d = 0; d <= 7; d++) {
            double close = 100 + d * 100 / 7.0;
            rows.append(java.time.LocalDate.of(2013, 11, 25).plusDays(d)).append("T23:59:00Z,").append(close)
                    .append(',').append(close).append(',').append(close).append(',').append(close).append(",1\n");
        }
        Files.writeString(csv, rows);
        CliRun byFile = CliRun.of("report", "--backtest", bt, "--benchmark", csv.toString(), "--format", "json");
        assertEquals(0, byFile.code(), byFile.err());
        com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(byFile.out()).path("backtest").path("metrics");
        assertEquals("buy and hold of bench.csv", m.path("benchmark").asText());
        // the run's days are 2013-11-25 to 2013-12-01: the benchmark's first close (100) to its close of the 1st
        assertEquals((100 + 6 * 100 / 7.0) / 100 - 1, m.path("benchmark_return").doubleValue(), 1e-12);
        CliRun none = CliRun.of("report", "--backtest", bt, "--no-benchmark", "--format", "json");
        assertFalse(none.out().contains("\"beta\""), none.out());
        CliRun both = CliRun.of("report", "--backtest", bt, "--no-benchmark", "--benchmark", csv.toString());
        assertEquals(2, both.code(), "a usage error");
    }

    @Test
    void everyFigureOfTheResultsFileIsInTheReportWithItsDefinition() throws IOException {
        RunView view = BacktestViews.read("backtest", out.resolve("backtest.json"));
        java.util.Set<String> keys = new java.util.HashSet<>(view.metrics().stream().map(Metric::key).toList());
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("backtest.json").toFile());
        // results.json names that the report words differently, or states elsewhere
        Map<String, String> renamed = Map.of("totalFees", "fees", "count", "closed_trades", "maxDrawdown",
                "max_drawdown_daily", "averageFillLatencyMillis", "average_fill_latency_ms", "periodsPerYear", "",
                "start", "", "end", "", "ruinedAt", "");
        for (String section : List.of("summary", "metrics", "tradeStats", "execution")) {
            root.path(section).fieldNames().forEachRemaining(name -> {
                String key = renamed.getOrDefault(name, name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
                assertTrue(key.isEmpty() || keys.contains(key), section + "." + name + " is not in the report as " + key);
            });
        }
        for (Metric m : view.metrics()) {
            assertTrue(MetricConventions.of(m.key()).isPresent(), m.key() + " has no definition");
        }
        assertEquals(4, view.regimes().size());
        assertEquals(60, view.trades().size());
    }

    @Test
    void aLiveOnlyReportListsTheLiveTrades() throws IOException {
        Path html = dir.resolve("live.html");
        CliRun run = CliRun.of("report", "--strategy", "sma-cross-demo", "--data-dir", out.resolve("data").toString(),
                "--format", "html", "--output", html.toString());
        assertEquals(0, run.code(), run.err());
        String page = Files.readString(html);
        Matcher listed = Pattern.compile("Live: closed trades</h2>\\s*<p class=\"note\">(\\d+) closed trades").matcher(page);
        assertTrue(listed.find(), "the live trade list");
        Matcher chart = Pattern.compile("Trade P&L distribution \\(live, (\\d+) trades\\)").matcher(page);
        assertTrue(chart.find());
        assertEquals(chart.group(1), listed.group(1), "every closed live trade is listed");
    }

    @Test
    void aSecondDemoRunStartsAfresh() {
        CliRun again = CliRun.of("demo", "--out", dir.resolve("demo2").toString());
        CliRun third = CliRun.of("demo", "--out", dir.resolve("demo2").toString());
        assertEquals(0, third.code(), third.err());
        assertTrue(third.out().contains("CRITICAL -> DISABLED"), third.out());
        assertEquals(0, again.code());
    }

    @Test
    void demoFoldersThatLeaveTheOutputFolderAreRefused() {
        CliRun run = CliRun.of("demo", "--out", dir.resolve("demo3").toString(), "--parity-dir", "../elsewhere");
        assertEquals(2, run.code(), "a bad option value is a usage error");
        assertTrue(run.errorLine().startsWith("parallax demo: --parity-dir must be a relative path inside"), run.err());
        assertFalse(Files.exists(dir.resolve("elsewhere")));
    }

    @Test
    void parityShowsTheSavedDisableHistoryAndDailyReportsAndExitsThree() {
        CliRun run = CliRun.of("parity", "--strategy", "sma-cross-demo", "--data-dir", out.resolve("data").toString(),
                "--backtest", out.resolve("backtest.json").toString(), "--max-fee-impact-bps", "60");
        assertEquals(ParityCommand.DISABLED_EXIT, run.code(), run.err());
        assertTrue(run.out().startsWith("strategy sma-cross-demo: DISABLED - "), run.out());
        assertTrue(run.out().contains("alert history (1):"), run.out());
        assertTrue(run.out().contains("2013-11-27      18"), run.out());
    }

    @Test
    void parityResetNeedsOperatorAndReasonThenReEnables() {
        Path data = dir.resolve("demo-reset");
        assertEquals(0, CliRun.of("demo", "--out", data.toString()).code());
        String dataDir = data.resolve("data").toString();
        CliRun missing = CliRun.of("parity", "reset", "--strategy", "sma-cross-demo", "--data-dir", dataDir);
        assertEquals(2, missing.code());
        assertTrue(missing.errorLine().contains("Missing required options"), missing.err());
        CliRun reset = CliRun.of("parity", "reset", "--strategy", "sma-cross-demo", "--data-dir", dataDir,
                "--operator", "ana", "--reason", "fees checked");
        assertEquals(0, reset.code(), reset.err());
        assertTrue(reset.out().contains("re-enabled by ana: fees checked"));
        CliRun status = CliRun.of("parity", "--strategy", "sma-cross-demo", "--data-dir", dataDir);
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("alert history (2):"), status.out());
        CliRun again = CliRun.of("parity", "reset", "--strategy", "sma-cross-demo", "--data-dir", dataDir,
                "--operator", "ana", "--reason", "twice");
        assertEquals(1, again.code());
        assertTrue(again.errorLine().contains("is not disabled"), again.err());
    }

    @Test
    void parityRefusesAStrategyOfWhichNothingIsRecordedInsteadOfCallingItActive() {
        CliRun run = CliRun.of("parity", "--strategy", "sma-cross-dmeo", "--data-dir", out.resolve("data").toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.errorLine().contains("nothing is recorded for strategy 'sma-cross-dmeo'"), run.err());
        assertTrue(run.errorLine().contains("check the name and --data-dir"), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }

    @Test
    void parityRefusesAStrategyNameThatCouldLeaveTheDataFolder() {
        CliRun run = CliRun.of("parity", "--strategy", "../../etc", "--data-dir", out.resolve("data").toString());
        assertEquals(2, run.code(), run.err());
        assertTrue(run.errorLine().contains("cannot leave the data folder"), run.err());
    }

    @Test
    void compareShowsBacktestAndLiveSideBySideWithDeltas() {
        CliRun run = CliRun.of("compare", "--backtest", out.resolve("backtest.json").toString(), "--strategy",
                "sma-cross-demo", "--data-dir", out.resolve("data").toString());
        assertEquals(0, run.code(), run.err());
        for (String row : new String[] {"total return", "win rate", "profit factor", "Sharpe", "max drawdown",
                "live - backtest", "tracking error"}) {
            assertTrue(run.out().contains(row), row + "\n" + run.out());
        }
    }

    @Test
    void compareWithoutALiveDatabaseSaysSo() {
        CliRun run = CliRun.of("compare", "--backtest", out.resolve("backtest.json").toString(), "--strategy",
                "nobody", "--data-dir", out.resolve("data").toString());
        assertEquals(1, run.code());
        assertTrue(run.errorLine().contains("no live database for strategy 'nobody'"), run.err());
    }

    @Test
    void reportWritesTextJsonAndHtml() throws IOException {
        String bt = out.resolve("backtest.json").toString();
        String data = out.resolve("data").toString();
        CliRun text = CliRun.of("report", "--backtest", bt);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Sharpe"), text.out());
        CliRun json = CliRun.of("report", "--strategy", "sma-cross-demo", "--data-dir", data, "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"schema\" : \"parallax.report/2\"") && json.out().contains("\"live\""));
        Path html = dir.resolve("r.html");
        CliRun h = CliRun.of("report", "--backtest", bt, "--strategy", "sma-cross-demo", "--data-dir", data,
                "--format", "html", "--output", html.toString());
        assertEquals(0, h.code(), h.err());
        String page = Files.readString(html);
        assertEquals(9, page.split("<div class=\"chart\"", -1).length - 1);
    }

    @Test
    void reportRejectsABadFormatAndAFileThatIsNotResults() throws IOException {
        CliRun format = CliRun.of("report", "--backtest", out.resolve("backtest.json").toString(), "--format", "pdf");
        assertEquals(2, format.code(), "a bad option value is a usage error");
        assertEquals("parallax report: --format must be text, json or html, was 'pdf' (see 'parallax report --help')",
                format.errorLine());
        Path notResults = dir.resolve("x.json");
        Files.writeString(notResults, "{\"hello\": 1}");
        CliRun bad = CliRun.of("report", "--backtest", notResults.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.errorLine().contains("is not a backtest results file"), bad.err());
        Files.writeString(notResults, "{not json");
        assertTrue(CliRun.of("report", "--backtest", notResults.toString()).errorLine().contains("is not valid JSON"));
        CliRun nothing = CliRun.of("report");
        assertEquals(2, nothing.code());
        assertTrue(nothing.errorLine().contains("nothing to report"));
    }
    @Test
    void reportRefusesAnOutputFileForTextOrJson() {
        Path file = dir.resolve("wanted.html");
        CliRun run = CliRun.of("report", "--backtest", out.resolve("backtest.json").toString(), "--output",
                file.toString());
        assertEquals(2, run.code(), run.out());
        assertTrue(run.errorLine().contains("--output is for --format html"), run.err());
        assertFalse(Files.exists(file));
    }
}

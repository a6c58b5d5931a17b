package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.cli.CliRun;
import dev.parallax.cli.live.LiveDatabase;
import dev.parallax.live.DailySummary;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.RiskLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * compare and report on the demo's files: one basis for both sides, numbers in the JSON report,
 * both drawdowns labelled, and disjoint windows refused. Expected figures are worked out here from
 * the raw equity, not taken from the code under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneBasisWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;
    private String backtest;
    private String data;

    @BeforeAll
    void runDemo(@TempDir Path tempDir) {
        dir = tempDir;
        CliRun demo = CliRun.of("demo", "--out", dir.resolve("demo").toString());
        assertEquals(0, demo.code(), demo.err());
        backtest = dir.resolve("demo/backtest.json").toString();
        data = dir.resolve("demo/data").toString();
    }

    /** Daily closes of the backtest: the last equity point of each UTC date, after the initial cash. */
    private double[] backtestCloses() throws IOException {
        JsonNode root = JSON.readTree(Path.of(backtest).toFile());
        JsonNode times = root.path("equity").path("times");
        JsonNode values = root.path("equity").path("values");
        List<Double> closes = new ArrayList<>(List.of(root.path("summary").path("initialCash").asDouble()));
        for (int i = 0; i < times.size(); i++) {
            boolean last = i == times.size() - 1
                    || !times.get(i).asText().substring(0, 10).equals(times.get(i + 1).asText().substring(0, 10));
            if (last) {
                closes.add(values.get(i).asDouble());
            }
        }
        return closes.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Daily closes of the live account: the initial balance, then each recorded day's ending equity. */
    private double[] liveCloses() {
        try (LiveExecutionTracker t = LiveDatabase.openExisting(Path.of(data), "sma-cross-demo", new RiskLimits(1, 1),
                Optional.empty())) {
            List<DailySummary> days = t.dailySummaries();
            double[] closes = new double[days.size() + 1];
            closes[0] = t.account().initialBalance();
            for (int i = 0; i < days.size(); i++) {
                closes[i + 1] = days.get(i).endingEquity();
            }
            return closes;
        }
    }

    /** Sharpe by its textbook definition: mean excess return over its sample deviation, times sqrt(periods). */
    private static double sharpe(double[] closes, double periodsPerYear, double riskFreePerPeriod) {
        int n = closes.length - 1;
        double[] excess = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            excess[i] = closes[i + 1] / closes[i] - 1 - riskFreePerPeriod;
            mean += excess[i] / n;
        }
        double ss = 0;
        for (double x : excess) {
            ss += (x - mean) * (x - mean);
        }
        return mean / Math.sqrt(ss / (n - 1)) * Math.sqrt(periodsPerYear);
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String row(String out, String label) {
        return out.lines().filter(l -> l.startsWith(label + " ")).findFirst().orElse("(no row " + label + ")\n" + out);
    }

    @Test
    void compareShowsBothSharpesOnTheBacktestsBasis() throws IOException {
        CliRun run = CliRun.of("compare", "--backtest", backtest, "--strategy", "sma-cross-demo", "--data-dir", data);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("basis: 365 periods/year, risk-free 0 a year, Sortino target 0 a year\n"),
                run.out());
        double b = sharpe(backtestCloses(), 365, 0);
        double l = sharpe(liveCloses(), 365, 0);
        assertEquals("-4.69", two(b));
        // -20.62 while the demo marked its live positions hourly; its live half marks every bar's close, as paper
        // does, so each day ends on the day's last bar and the live side reads -22.74
        assertEquals("-22.74", two(l), "the live side on 365 periods");
        String sharpe = row(run.out(), "Sharpe");
        assertTrue(sharpe.matches("Sharpe\\s+" + two(b) + "\\s+" + two(l) + "\\s+" + two(l - b)), sharpe);
    }

    @Test
    void anotherBasisAndRiskFreeRateApplyToBothSides() throws IOException {
        CliRun run = CliRun.of("compare", "--backtest", backtest, "--strategy", "sma-cross-demo", "--data-dir", data,
                "--periods-per-year", "252", "--risk-free", "5%");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("basis: 252 periods/year, risk-free 5% a year, Sortino target 0 a year\n"),
                run.out());
        double rf = Math.pow(1.05, 1.0 / 252) - 1;
        double b = sharpe(backtestCloses(), 252, rf);
        double l = sharpe(liveCloses(), 252, rf);
        String sharpe = row(run.out(), "Sharpe");
        assertTrue(sharpe.matches("Sharpe\\s+" + two(b) + "\\s+" + two(l) + "\\s+.*"), sharpe + " vs " + b + ", " + l);
    }

    @Test
    void theReportLabelsBothDrawdownsAndTheyDifferAsTheEquityDoes() throws IOException {
        double[] closes = backtestCloses();
        double daily = 0;
        double peak = closes[0];
        for (double c : closes) {
            peak = Math.max(peak, c);
            daily = Math.min(daily, c / peak - 1);
        }
        JsonNode root = JSON.readTree(Path.of(backtest).toFile());
        double everyBar = 0;
        peak = root.path("summary").path("initialCash").asDouble();
        for (JsonNode v : root.path("equity").path("values")) {
            peak = Math.max(peak, v.asDouble());
            everyBar = Math.min(everyBar, v.asDouble() / peak - 1);
        }
        CliRun run = CliRun.of("report", "--backtest", backtest);
        assertEquals(0, run.code(), run.err());
        String pct = "%.2f%%";
        assertTrue(row(run.out(), "  max drawdown, daily closes").endsWith(String.format(Locale.ROOT, pct, daily * 100)),
                run.out());
        assertTrue(row(run.out(), "  max drawdown, every bar").endsWith(String.format(Locale.ROOT, pct, everyBar * 100)),
                run.out());
        assertEquals("-0.75%", String.format(Locale.ROOT, pct, daily * 100));
        assertEquals("-1.04%", String.format(Locale.ROOT, pct, everyBar * 100));
    }

    @Test
    void theJsonReportHoldsTheSameNumbersAsTheText() throws IOException {
        CliRun json = CliRun.of("report", "--backtest", backtest, "--strategy", "sma-cross-demo", "--data-dir", data,
                "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = JSON.readTree(json.out());
        JsonNode m = root.path("backtest").path("metrics");
        assertTrue(m.path("total_return").isNumber() && m.path("sharpe").isNumber(), json.out());
        assertEquals(-0.00624366942377641, m.path("total_return").doubleValue(), 1e-12, "a fraction, not '-0.62%'");
        assertEquals(sharpe(liveCloses(), 365, 0), root.path("live").path("metrics").path("sharpe").doubleValue(), 1e-9);
        assertEquals(365, root.path("comparison").path("basis").path("periods_per_year").doubleValue());
        assertTrue(root.path("parity").path("days").get(0).path("tracking_error_bps").isNumber(), json.out());
        CliRun text = CliRun.of("report", "--backtest", backtest, "--strategy", "sma-cross-demo", "--data-dir", data);
        assertTrue(row(text.out(), "  Sharpe").endsWith(two(m.path("sharpe").doubleValue())), text.out());
    }

    @Test
    void compareRefusesRunsThatShareNoDayNamingBothWindows() throws IOException {
        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, "{\"type\":\"entry\",\"trade_id\":\"T-1\",\"symbol\":\"BTC/USD\",\"side\":\"buy\","
                + "\"size\":0.5,\"price\":50120,\"fee\":12.5,\"time\":\"2024-01-03T10:00:00Z\"}\n"
                + "{\"type\":\"exit\",\"trade_id\":\"T-1\",\"exit_id\":\"T-1x\",\"size\":0.5,"
                + "\"price\":50610,\"fee\":12.6,\"time\":\"2024-01-04T12:00:00Z\"}\n");
        String other = dir.resolve("other").toString();
        CliRun live = CliRun.of("live", "--strategy", "sma-cross-demo", "--balance", "10000", "--data-dir", other,
                "--input", fills.toString());
        assertEquals(0, live.code(), live.err());
        assertTrue(live.out().contains("basis: 252 periods/year, risk-free 0 a year"), "the live tracker's default basis");
        CliRun status = CliRun.of("live", "--strategy", "sma-cross-demo", "--data-dir", other, "--periods-per-year", "365");
        assertTrue(status.out().contains("basis: 365 periods/year"), status.out());
        CliRun run = CliRun.of("compare", "--backtest", backtest, "--strategy", "sma-cross-demo", "--data-dir", other);
        assertEquals(1, run.code(), run.out());
        assertTrue(run.errorLine().contains("(2013-11-25 to 2013-12-01") && run.errorLine().contains("(2024-01-03 to 2024-01-04)")
                && run.errorLine().contains("share no day"), run.err());
    }

    @Test
    void aFileWhoseDailyReturnsCannotBeRebuiltKeepsItsOwnBasisAndRefusesAnother() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of(backtest).toFile());
        ((ObjectNode) root.path("metrics")).put("sharpe", -1.5);
        Path tampered = dir.resolve("tampered.json");
        JSON.writeValue(tampered.toFile(), root);
        CliRun own = CliRun.of("report", "--backtest", tampered.toString());
        assertEquals(0, own.code(), own.err());
        assertTrue(row(own.out(), "  Sharpe").endsWith("-1.50"), own.out());
        CliRun other = CliRun.of("report", "--backtest", tampered.toString(), "--periods-per-year", "252");
        assertEquals(1, other.code(), other.out());
        assertTrue(other.errorLine().contains("refusing to mix bases") && other.errorLine().contains("--periods-per-year 365"),
                other.err());
    }

    @Test
    void badBasisOptionsAreRefusedNamingTheOption() {
        CliRun ppy = CliRun.of("report", "--backtest", backtest, "--periods-per-year", "0");
        assertEquals(2, ppy.code(), "a bad option value is a usage error");
        assertEquals("parallax report: --periods-per-year must be a finite number > 0, was 0.0 (see 'parallax report "
                + "--help')", ppy.errorLine());
        CliRun rf = CliRun.of("compare", "--backtest", backtest, "--strategy", "sma-cross-demo", "--data-dir", data,
                "--risk-free", "-150%");
        assertEquals(2, rf.code());
        assertTrue(rf.errorLine().contains("--risk-free must be a finite annual rate above -100%"), rf.err());
    }
}

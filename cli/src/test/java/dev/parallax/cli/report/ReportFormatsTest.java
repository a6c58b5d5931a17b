package dev.parallax.cli.report;

import dev.parallax.metrics.MetricBasis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one report model rendered as text, HTML and JSON shows the same figures in each. */
class ReportFormatsTest {

    private static final MetricBasis BASIS = MetricBasis.of(365);

    private static RunView run(String name, MetricBasis basis, double sharpe, double profitFactor) {
        long t0 = Instant.parse("2024-01-01T00:05:00Z").toEpochMilli();
        return new RunView(name, new long[] {t0, t0 + 86_400_000L}, new double[] {10_100, 9_900}, 10_000,
                RunView.EVERY_BAR, new double[] {100, -200}, Map.of(), basis, List.of(
                Metric.of("total_return", "total return", MetricUnit.FRACTION, -0.01),
                Metric.of("sharpe", "Sharpe", MetricUnit.RATIO, sharpe),
                Metric.of("profit_factor", "profit factor", MetricUnit.RATIO, profitFactor),
                Metric.of("realized_pnl", "realised P&L", MetricUnit.MONEY, -100.5),
                Metric.of("closed_trades", "closed trades", MetricUnit.COUNT, 2),
                Metric.of("calmar", "Calmar", MetricUnit.RATIO, Double.NaN),
                Metric.text("circuit_breaker", "circuit breaker", "ok")));
    }

    private static Report report() {
        return new Report("t", Optional.of(run("backtest", BASIS, -4.69, 0.82)),
                Optional.of(run("live", BASIS, -20.62, Double.POSITIVE_INFINITY)), Optional.empty(), List.of("note"));
    }

    @Test
    void jsonWritesNumbersUnderSnakeCaseKeysNeverDisplayText() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReport.render(report()));
        assertEquals("parallax.report/2", root.path("schema").asText());
        JsonNode m = root.path("backtest").path("metrics");
        assertTrue(m.path("total_return").isNumber());
        assertEquals(-0.01, m.path("total_return").doubleValue());
        assertEquals(-4.69, m.path("sharpe").doubleValue());
        assertTrue(m.path("closed_trades").isIntegralNumber());
        assertEquals(2, m.path("closed_trades").intValue());
        assertTrue(m.path("calmar").isNull(), "NaN is null");
        assertEquals("ok", m.path("circuit_breaker").asText());
        assertEquals("Infinity", root.path("live").path("metrics").path("profit_factor").asText());
        m.fields().forEachRemaining(e -> assertTrue(e.getValue().isNumber() || e.getValue().isNull()
                || e.getKey().equals("circuit_breaker"), e.getKey() + " = " + e.getValue()));
        assertEquals(365, root.path("backtest").path("basis").path("periods_per_year").doubleValue());
        assertEquals("2024-01-01", root.path("backtest").path("first_day").asText());
        JsonNode sharpe = root.path("comparison").path("rows").path("sharpe");
        assertEquals(-4.69, sharpe.path("backtest").doubleValue());
        assertEquals(-20.62, sharpe.path("live").doubleValue());
        assertEquals(-20.62 - -4.69, sharpe.path("difference").doubleValue(), 1e-12);
    }

    @Test
    void textAndHtmlPrintEveryFigureOfTheModelWithItsLabel() {
        Report report = report();
        StringWriter text = new StringWriter();
        TextReport.write(new PrintWriter(text, true), report);
        String html = HtmlReport.render(report);
        for (RunView run : List.of(report.backtest().get(), report.live().get())) {
            for (Metric m : run.metrics()) {
                assertTrue(text.toString().lines().anyMatch(l -> l.startsWith("  " + m.label()) && l.endsWith(" " + m.formatted())),
                        m.label() + "\n" + text);
                assertTrue(html.contains(HtmlReport.esc(m.label()) + "</abbr></td><td>" + m.formatted() + "</td></tr>"),
                        m.label());
            }
        }
        assertTrue(text.toString().contains("-1.00%"), "total return as a percentage");
        assertTrue(text.toString().lines().anyMatch(l -> l.matches("Sharpe\\s+-4\\.69\\s+-20\\.62\\s+-15\\.93")),
                text.toString());
        assertTrue(html.contains("Sharpe</abbr></td><td>-4.69</td><td>-20.62</td><td>-15.93</td></tr>"), html);
        assertTrue(text.toString().contains("basis: 365 periods/year, risk-free 0 a year, Sortino target 0 a year"));
        assertTrue(html.contains("basis: 365 periods/year, risk-free 0 a year, Sortino target 0 a year"));
    }

    @Test
    void jsonAndTextStateTheDrawdownPeriodsOfTheSameModel() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReport.render(report()));
        JsonNode period = root.path("backtest").path("drawdown_periods").get(0);
        assertEquals(9_900 / 10_100.0 - 1, period.path("depth").doubleValue(), 1e-15);
        assertEquals("2024-01-01T00:05:00Z", period.path("peak").asText());
        assertTrue(period.path("recovery").isNull(), "not recovered");
        StringWriter text = new StringWriter();
        TextReport.write(new PrintWriter(text, true), report());
        assertTrue(text.toString().contains("drawdown period              -1.98% from 2024-01-01T00:05:00Z"), text.toString());
    }

    @Test
    void runsOnDifferentBasesAreNeverComparedSideBySide() {
        RunView backtest = run("backtest", BASIS, -4.69, 1);
        RunView live = run("live", MetricBasis.of(252), -17.13, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Comparison.of(backtest, live));
        assertTrue(e.getMessage().contains("different bases"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Report("t", Optional.of(backtest), Optional.of(live), Optional.empty(), List.of()));
    }

    @Test
    void theEquityChartNamesTheBasisOfItsDrawdown() {
        String html = HtmlReport.render(new Report("t", Optional.of(run("backtest", BASIS, 1, 1)), Optional.empty(),
                Optional.empty(), List.of()));
        assertTrue(html.contains("Underwater: drawdown from the running peak (backtest, every bar)"), "chart title");
        assertTrue(html.contains("Drawdown drawn at every bar"), "note under the chart");
    }
}

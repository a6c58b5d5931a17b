package dev.parallax.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.parity.CostAttribution;
import dev.parallax.parity.DailyParityReport;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The report as JSON (schema {@value #SCHEMA}, every key described in docs/REPORT_JSON.md): numbers
 * with stable snake_case keys, returns as fractions, no display text. An undefined figure is
 * {@code null}; an infinite one the string {@code "Infinity"} or {@code "-Infinity"}, as in the
 * backtest results file.
 */
public final class JsonReport {

    /** The schema name written as {@code schema}. */
    public static final String SCHEMA = "parallax.report/2";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The JSON text of {@code report}. */
    public static String render(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("title", report.title());
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        report.backtest().ifPresent(v -> root.set("backtest", run(v)));
        report.live().ifPresent(v -> root.set("live", run(v)));
        report.comparison().ifPresent(c -> {
            ObjectNode node = root.putObject("comparison");
            node.set("basis", basis(c.basis()));
            ObjectNode rows = node.putObject("rows");
            for (Comparison.Row r : c.rows()) {
                ObjectNode row = rows.putObject(r.key());
                typed(row, "backtest", r.backtest(), r.unit());
                typed(row, "live", r.live(), r.unit());
                typed(row, "difference", r.difference(), r.unit());
            }
        });
        report.parity().ifPresent(p -> root.set("parity", parity(p)));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode run(RunView v) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", v.name());
        n.set("basis", basis(v.basis()));
        v.window().ifPresentOrElse(w -> {
            n.put("first_day", w.first().toString());
            n.put("last_day", w.last().toString());
        }, () -> {
            n.putNull("first_day");
            n.putNull("last_day");
        });
        ObjectNode metrics = n.putObject("metrics");
        for (Metric m : v.metrics()) {
            if (m.unit().isPresent()) {
                typed(metrics, m.key(), m.value(), m.unit().get());
            } else {
                metrics.put(m.key(), m.text());
            }
        }
        ObjectNode months = n.putObject("monthly_returns");
        for (java.time.YearMonth ym : CalendarTable.span(v.monthly())) {
            number(months, ym.toString(), v.monthly().getOrDefault(ym, 0.0));
        }
        ObjectNode years = n.putObject("yearly_returns");
        CalendarTable.yearly(v.monthly()).forEach((year, r) -> number(years, String.valueOf(year), r));
        ArrayNode periods = n.putArray("drawdown_periods");
        for (DrawdownPeriods.Period p : DrawdownPeriods.deepest(v.startEquity(), v.equityMillis(), v.equity(),
                HtmlReport.DRAWDOWN_PERIODS)) {
            ObjectNode d = periods.addObject();
            d.put("peak", java.time.Instant.ofEpochMilli(p.peakMillis()).toString());
            d.put("trough", java.time.Instant.ofEpochMilli(p.troughMillis()).toString());
            if (p.recoveryMillis().isPresent()) {
                d.put("recovery", java.time.Instant.ofEpochMilli(p.recoveryMillis().getAsLong()).toString());
            } else {
                d.putNull("recovery");
            }
            number(d, "depth", p.depth());
            d.put("length_ms", p.lengthMillis());
        }
        ArrayNode regimes = n.putArray("regimes");
        for (RegimeRow r : v.regimes()) {
            ObjectNode g = regimes.addObject();
            g.put("regime", r.regime());
            g.put("closed_trades", r.trades());
            number(g, "win_rate", r.winRate());
            number(g, "net_profit", r.netProfit());
            number(g, "profit_factor", r.profitFactor());
            number(g, "expectancy", r.expectancy());
        }
        return n;
    }

    private static ObjectNode basis(MetricBasis b) {
        ObjectNode n = MAPPER.createObjectNode();
        number(n, "periods_per_year", b.periodsPerYear());
        number(n, "risk_free_annual", b.riskFreeAnnual());
        number(n, "sortino_target_annual", b.sortinoTargetAnnual());
        return n;
    }

    private static ObjectNode parity(ParityView p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("strategy", p.strategy());
        n.put("status", p.status().name());
        n.put("disable_reason", p.disableReason());
        ArrayNode days = n.putArray("days");
        for (ParityView.Day d : p.days()) {
            DailyParityReport r = d.report();
            CostAttribution a = r.attribution();
            ObjectNode day = days.addObject();
            day.put("date", r.date().toString());
            day.put("matched_trades", r.matchedTrades());
            number(day, "tracking_error_bps", r.trackingErrorBps());
            number(day, "mean_difference_bps", r.priceDifferences().meanBps());
            number(day, "slippage_bps", a.slippageBps());
            number(day, "fee_bps", a.feeBps());
            number(day, "timing_bps", a.timingBps());
            number(day, "market_impact_bps", a.marketImpactBps());
            number(day, "pnl_difference_bps", r.pnlDifferenceBps());
            number(day, "cumulative_drift_bps", r.cumulativeDriftBps());
            number(day, "mean_latency_ms", r.meanLatencyMillis());
            day.put("status_at_end", d.statusAtEnd().name());
        }
        return n;
    }

    private static void typed(ObjectNode node, String key, double value, MetricUnit unit) {
        if (unit == MetricUnit.COUNT && Double.isFinite(value)) {
            node.put(key, (long) value);
        } else {
            number(node, key, value);
        }
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else if (Double.isInfinite(value)) {
            node.put(key, value > 0 ? "Infinity" : "-Infinity");
        } else {
            node.put(key, value);
        }
    }
}

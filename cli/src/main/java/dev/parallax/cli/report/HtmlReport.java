package dev.parallax.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.parity.CostAttribution;
import dev.parallax.parity.DailyParityReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report as one self-contained HTML file: the figures as tables, the charts drawn in the browser
 * by uPlot from data in the page ({@link InteractiveCharts}, with zoom by dragging and values on
 * hover), the library and every style inline, nothing loaded from anywhere else. Long series are
 * thinned for display by {@link MinMaxBuckets}, so the file stays small for any run length; every
 * figure in the tables is computed from all points. Without scripts the tables still read and the
 * time charts show as plain SVG lines ({@link StaticFallback}).
 */
public final class HtmlReport {

    /** The most trades the page lists; the results file holds them all. */
    public static final int MAX_LISTED_TRADES = 10_000;
    /** The drawdown periods listed. */
    public static final int DRAWDOWN_PERIODS = 5;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FALLBACK_WIDTH = 1100;

    private HtmlReport() {
    }

    /** Writes {@code report} to {@code file}, replacing it. */
    public static void write(Report report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(render(report));
        }
    }

    /** The HTML of {@code report}. */
    public static String render(Report report) {
        StringBuilder h = new StringBuilder(256 * 1024);
        ArrayNode charts = MAPPER.createArrayNode();
        ObjectNode data = MAPPER.createObjectNode();
        data.set("charts", charts);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(report.title())).append("</title>\n<style>\n").append(UPlotAssets.style()).append('\n')
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(report.title())).append("</h1>\n");
        for (String note : report.notes()) {
            h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        h.append("<noscript><p class=\"note\">Scripts are off: time charts are drawn as plain lines without zoom or "
                + "hover, bar charts are left out; every figure is in the tables.</p></noscript>\n");
        figures(h, report);
        Set<String> keys = new LinkedHashSet<>();
        report.backtest().ifPresent(b -> b.metrics().forEach(m -> keys.add(m.key())));
        report.live().ifPresent(l -> l.metrics().forEach(m -> keys.add(m.key())));
        if (report.backtest().isPresent()) {
            run(h, charts, data, "Backtest", report.backtest().get());
        }
        if (report.live().isPresent()) {
            RunView l = report.live().get();
            if (report.backtest().isPresent()) {
                h.append("<h2>Backtest vs live equity</h2>\n");
                chart(h, charts, InteractiveCharts.overlay(id(charts), report.backtest().get(), l, report.parity()));
                report.parity().flatMap(InteractiveCharts::disabledDay).ifPresent(d -> h.append("<p class=\"note\">"
                        + "The red line marks the start of " + d.report().date() + " (" + esc(d.report().zone().getId())
                        + "), the day the strategy was disabled: " + esc(report.parity().get().disableReason())
                        + "</p>\n"));
            } else {
                run(h, charts, data, "Live", l);
            }
        }
        report.parity().ifPresent(p -> parity(h, charts, p));
        definitions(h, keys);
        h.append("<p class=\"foot\">Written by parallax. Charts drawn by uPlot ").append(esc(UPlotAssets.version()))
                .append(" (MIT licence), inlined in this page. Long series are thinned for display by min/max per "
                        + "pixel bucket: the time axis is cut into " + InteractiveCharts.BUCKETS + " equal slices and each "
                        + "slice keeps its lowest and highest point of every series, so no extreme is lost; the tables "
                        + "are computed from every point. Drag across a chart to zoom, double-click to zoom out.</p>\n");
        h.append("<script>\n").append(UPlotAssets.script()).append("\n</script>\n");
        h.append("<script type=\"application/json\" id=\"chart-data\">").append(json(data)).append("</script>\n");
        h.append("<script>\n").append(UPlotAssets.drawingScript()).append("</script>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void run(StringBuilder h, ArrayNode charts, ObjectNode data, String title, RunView run) {
        h.append("<h2>").append(title).append(": equity and drawdown</h2>\n");
        chart(h, charts, InteractiveCharts.equity(id(charts), run));
        chart(h, charts, InteractiveCharts.underwater(id(charts), run));
        drawdownNote(h, run);
        drawdownPeriods(h, run);
        Optional<ObjectNode> rolling = InteractiveCharts.rolling(id(charts), run);
        if (rolling.isPresent()) {
            h.append("<h2>").append(title).append(": rolling figures</h2>\n");
            chart(h, charts, rolling.get());
        }
        h.append("<h2>").append(title).append(": calendar returns</h2>\n");
        monthlyTable(h, run);
        chart(h, charts, InteractiveCharts.yearly(id(charts), run));
        h.append("<h2>").append(title).append(": distributions</h2>\n<div class=\"pair\">");
        chart(h, charts, InteractiveCharts.returnDistribution(id(charts), run));
        chart(h, charts, InteractiveCharts.tradePnl(id(charts), run));
        h.append("</div>\n");
        regimes(h, title, run);
        trades(h, data, title, run);
    }

    private static String id(ArrayNode charts) {
        return "chart" + charts.size();
    }

    private static void chart(StringBuilder h, ArrayNode charts, ObjectNode chart) {
        String fallback = StaticFallback.svg(chart, FALLBACK_WIDTH);
        h.append("<div class=\"chart\" id=\"").append(chart.get("id").asText()).append("\">")
                .append(fallback.isEmpty() ? "" : "<noscript>" + fallback + "</noscript>").append("</div>\n");
        charts.add(chart);
    }

    private static void figures(StringBuilder h, Report report) {
        report.comparison().ifPresent(c -> {
            h.append("<h2>Backtest vs live</h2>\n<p class=\"note\">").append(esc(c.basis().describe()))
                    .append("</p>\n<table><tr><th></th><th>backtest</th><th>live</th><th>live - backtest</th></tr>\n");
            for (Comparison.Row r : c.rows()) {
                h.append("<tr><td>").append(label(r.key(), r.label())).append("</td><td>")
                        .append(r.unit().format(r.backtest())).append("</td><td>").append(r.unit().format(r.live()))
                        .append("</td><td>").append(r.unit().format(r.difference())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        });
        h.append("<div class=\"tables\">\n");
        report.backtest().ifPresent(b -> metricTable(h, "Backtest metrics", b));
        report.live().ifPresent(l -> metricTable(h, "Live metrics", l));
        h.append("</div>\n");
    }

    private static void metricTable(StringBuilder h, String title, RunView run) {
        h.append("<div><h2>").append(esc(title)).append("</h2>\n<p class=\"note\">")
                .append(esc(run.basis().describe())).append("; hover a name for its definition</p>\n<table>\n");
        for (Metric m : run.metrics()) {
            h.append("<tr><td>").append(label(m.key(), m.label())).append("</td><td>").append(esc(m.formatted()))
                    .append("</td></tr>\n");
        }
        h.append("</table></div>\n");
    }

    /** A figure's name with its definition as a tooltip. */
    private static String label(String key, String text) {
        return MetricConventions.of(key).map(c -> "<abbr title=\"" + esc(c) + "\">" + esc(text) + "</abbr>")
                .orElse(esc(text));
    }

    /** Says on which basis the chart's drawdown is drawn and how it relates to the table's figures. */
    private static void drawdownNote(StringBuilder h, RunView run) {
        h.append("<p class=\"note\">Drawdown drawn at ").append(esc(run.curveBasis()));
        run.metric("max_drawdown_every_bar").ifPresent(m -> h.append(" (deepest ").append(m.formatted()).append(')'));
        run.metric("max_drawdown_daily").ifPresent(m -> h.append("; the max drawdown at daily closes, the basis of the "
                + "Sharpe and Sortino ratios, is ").append(m.formatted()));
        h.append(".</p>\n");
    }

    private static void drawdownPeriods(StringBuilder h, RunView run) {
        List<DrawdownPeriods.Period> periods = DrawdownPeriods.deepest(run.startEquity(), run.equityMillis(),
                run.equity(), DRAWDOWN_PERIODS);
        h.append("<h3>Deepest drawdown periods (").append(esc(run.curveBasis())).append(")</h3>\n");
        if (periods.isEmpty()) {
            h.append("<p class=\"note\">The equity never fell below a running peak.</p>\n");
            return;
        }
        h.append("<table><tr><th>#</th><th>peak</th><th>trough</th><th>recovery</th><th>depth</th><th>length</th></tr>\n");
        int i = 1;
        for (DrawdownPeriods.Period p : periods) {
            h.append("<tr><td>").append(i++).append("</td><td>").append(time(p.peakMillis())).append("</td><td>")
                    .append(time(p.troughMillis())).append("</td><td>")
                    .append(p.recoveryMillis().isPresent() ? time(p.recoveryMillis().getAsLong()) : "not recovered")
                    .append("</td><td>").append(Format.percent(p.depth())).append("</td><td>")
                    .append(length(p.lengthMillis())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Months of the data's span across, years down, with each year's compounded total. */
    private static void monthlyTable(StringBuilder h, RunView run) {
        List<YearMonth> span = CalendarTable.span(run.monthly());
        if (span.isEmpty()) {
            h.append("<p class=\"note\">No monthly returns.</p>\n");
            return;
        }
        boolean oneYear = span.get(0).getYear() == span.get(span.size() - 1).getYear();
        List<Integer> columns = oneYear ? span.stream().map(YearMonth::getMonthValue).toList()
                : java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList();
        Map<Integer, Double> years = CalendarTable.yearly(run.monthly());
        h.append("<table class=\"heat\"><tr><th>year</th>");
        for (int m : columns) {
            h.append("<th>").append(java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ROOT))
                    .append("</th>");
        }
        h.append("<th>year</th></tr>\n");
        for (Map.Entry<Integer, Double> y : years.entrySet()) {
            h.append("<tr><td>").append(y.getKey()).append("</td>");
            for (int m : columns) {
                YearMonth ym = YearMonth.of(y.getKey(), m);
                if (span.contains(ym)) {
                    double r = run.monthly().getOrDefault(ym, 0.0);
                    h.append("<td style=\"background:").append(heat(r)).append("\">").append(Format.percent(r))
                            .append("</td>");
                } else {
                    h.append("<td class=\"out\"></td>");
                }
            }
            h.append("<td class=\"total\" style=\"background:").append(heat(y.getValue())).append("\">")
                    .append(Format.percent(y.getValue())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Compounded returns of calendar months (UTC); blank cells lie outside "
                + "the data; the last column compounds the year's months.</p>\n");
    }

    /** Green for a gain, red for a loss, stronger up to 10% either way. */
    private static String heat(double r) {
        if (Double.isNaN(r)) {
            return "#eee";
        }
        double share = Math.min(1, Math.abs(r) / 0.10);
        int fade = (int) Math.round(245 - 120 * share);
        return r < 0 ? "rgb(245," + fade + "," + fade + ")" : "rgb(" + fade + ",245," + fade + ")";
    }

    private static void regimes(StringBuilder h, String title, RunView run) {
        if (run.regimes().isEmpty()) {
            return;
        }
        h.append("<h2>").append(title).append(": closed trades by market regime at entry</h2>\n<table><tr><th>regime"
                + "</th><th>trades</th><th>win rate</th><th>net profit</th><th>profit factor</th><th>expectancy</th>"
                + "</tr>\n");
        for (RegimeRow r : run.regimes()) {
            h.append("<tr><td>").append(esc(r.regime())).append("</td><td>").append(r.trades()).append("</td><td>")
                    .append(Format.percent(r.winRate())).append("</td><td>").append(Format.money(r.netProfit()))
                    .append("</td><td>").append(Format.number(r.profitFactor(), 2)).append("</td><td>")
                    .append(Format.money(r.expectancy())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void trades(StringBuilder h, ObjectNode data, String title, RunView run) {
        List<TradeRow> all = run.trades();
        if (all.isEmpty() || data.has("trades")) {
            return;
        }
        List<TradeRow> listed = all.subList(0, Math.min(all.size(), MAX_LISTED_TRADES));
        h.append("<h2>").append(title).append(": closed trades</h2>\n<p class=\"note\">").append(all.size())
                .append(" closed trades");
        if (listed.size() < all.size()) {
            h.append("; the first ").append(listed.size()).append(" are listed here, all of them are in the results file");
        }
        h.append(". Times in UTC.</p>\n<p class=\"pager\"><button id=\"trades-prev\">previous</button> "
                + "<span id=\"trades-page\"></span> <button id=\"trades-next\">next</button></p>\n"
                + "<table id=\"trades\"><thead><tr><th>#</th><th>symbol</th><th>direction</th><th>entry</th><th>exit</th>"
                + "<th>entry price</th><th>exit price</th><th>size</th><th>fees</th><th>net P&amp;L</th><th>regime</th>"
                + "</tr></thead><tbody></tbody></table>\n");
        ObjectNode t = data.putObject("trades");
        ArrayNode rows = t.putArray("rows");
        int i = 1;
        for (TradeRow r : listed) {
            ArrayNode row = rows.addArray();
            row.add(i++).add(r.symbol()).add(r.direction()).add(time(r.entryMillis())).add(time(r.exitMillis()));
            for (double v : new double[] {r.entryPrice(), r.exitPrice(), r.size(), r.fees(), r.netPnl()}) {
                if (Double.isFinite(v)) {
                    row.add(v);
                } else {
                    row.addNull();
                }
            }
            row.add(r.regime());
        }
    }

    private static void parity(StringBuilder h, ArrayNode charts, ParityView p) {
        h.append("<h2>Parity: ").append(esc(p.strategy())).append("</h2>\n");
        chart(h, charts, InteractiveCharts.trackingError(id(charts), p));
        chart(h, charts, InteractiveCharts.drift(id(charts), p));
        parityTable(h, p);
    }

    private static void parityTable(StringBuilder h, ParityView p) {
        h.append("<h3>Daily parity</h3>\n<p>Status now: <b>").append(p.status()).append("</b>");
        if (!p.disableReason().isEmpty()) {
            h.append(" &mdash; ").append(esc(p.disableReason()));
        }
        int min = p.thresholds().minTradesForTrackingError();
        h.append("</p>\n<table><tr><th>day</th><th>matched</th><th>tracking error</th><th>mean diff</th>"
                + "<th>slippage</th><th>fee</th><th>timing</th><th>impact</th><th>P&amp;L diff</th>"
                + "<th>7-day drift</th><th>mean latency ms</th><th>status at end</th></tr>\n");
        for (ParityView.Day d : p.days()) {
            DailyParityReport r = d.report();
            CostAttribution a = r.attribution();
            String css = d.statusAtEnd().name().toLowerCase(Locale.ROOT) + (r.matchedTrades() < min ? " unjudged" : "");
            h.append("<tr class=\"").append(css).append("\"><td>").append(r.date()).append("</td><td>")
                    .append(r.matchedTrades()).append("</td>");
            for (double v : new double[] {r.trackingErrorBps(), r.priceDifferences().meanBps(), a.slippageBps(),
                    a.feeBps(), a.timingBps(), a.marketImpactBps(), r.pnlDifferenceBps(), r.cumulativeDriftBps()}) {
                h.append("<td>").append(Format.number(v, 1)).append("</td>");
            }
            h.append("<td>").append(Format.number(r.meanLatencyMillis(), 0)).append("</td><td>")
                    .append(d.statusAtEnd()).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Figures in bps; positive means live did worse. Thresholds: warning "
                + Format.number(p.thresholds().warningTrackingErrorBps(), 0) + ", critical "
                + Format.number(p.thresholds().criticalTrackingErrorBps(), 0) + ", disable "
                + Format.number(p.thresholds().disableTrackingErrorBps(), 0) + " bps of tracking error, judged on days "
                + "of at least " + min + " matched trades (grey rows and bars have fewer); cumulative drift above "
                + Format.number(p.thresholds().maxCumulativeDriftBps(), 0) + " bps disables.</p>\n");
    }

    private static void definitions(StringBuilder h, Set<String> keys) {
        h.append("<details class=\"defs\"><summary>Definitions of the figures</summary>\n<dl>\n");
        for (String key : keys) {
            MetricConventions.of(key).ifPresent(c -> h.append("<dt>").append(esc(key)).append("</dt><dd>")
                    .append(esc(c)).append("</dd>\n"));
        }
        h.append("</dl>\n<p class=\"note\">r: daily returns (last point of each UTC day, initial cash before the "
                + "first); b: the benchmark's on the same days; P: periods per year; rf, t: the per-period risk-free "
                + "rate and Sortino target of the stated basis.</p></details>\n");
    }

    private static String time(long millis) {
        String s = Instant.ofEpochMilli(millis).toString();
        return s.length() >= 16 ? s.substring(0, 16).replace('T', ' ') : s;
    }

    private static String length(long millis) {
        long minutes = millis / 60_000;
        if (minutes < 60 * 24) {
            return String.format(Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
        }
        return String.format(Locale.ROOT, "%.1f days", millis / 86_400_000.0);
    }

    /** The JSON of the charts, safe inside a script element. */
    private static String json(ObjectNode data) {
        try {
            return MAPPER.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with the HTML special characters escaped. */
    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 24px auto; max-width: 1140px; color: #222; }
            h1 { font-size: 24px; } h2 { font-size: 18px; margin-top: 28px; } h3 { font-size: 15px; }
            table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
            td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: right; }
            td:first-child, th:first-child { text-align: left; }
            abbr { text-decoration: underline dotted #999; cursor: help; }
            .tables { display: flex; gap: 32px; flex-wrap: wrap; }
            .pair { display: flex; gap: 8px; flex-wrap: wrap; }
            .note { color: #555; font-size: 13px; margin: 4px 0; }
            .foot { color: #888; font-size: 12px; margin-top: 32px; }
            .chart { margin: 8px 0; min-height: 120px; }
            .pair .chart { width: 540px; }
            .heat td { min-width: 56px; } td.out { background: #fafafa; } td.total { font-weight: bold; }
            td.neg { color: #b00020; } td.pos { color: #1a7f37; }
            tr.warning td { background: #fff6d6; } tr.critical td { background: #ffe2cc; }
            tr.disabled td { background: #ffd6d6; } tr.unjudged td { color: #888; }
            .defs dt { font-family: monospace; float: left; clear: left; width: 240px; font-size: 12px; }
            .defs dd { margin-left: 250px; font-size: 13px; color: #444; }
            .pager button { font-size: 12px; }
            """;
}

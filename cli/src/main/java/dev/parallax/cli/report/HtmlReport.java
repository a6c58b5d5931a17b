package dev.parallax.cli.report;

import dev.parallax.parity.CostAttribution;
import dev.parallax.parity.DailyParityReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;

/**
 * The report as one self-contained HTML file: styles inline, every chart an inline SVG, no script,
 * font, image or link from anywhere else, so it opens without a network.
 */
public final class HtmlReport {

    private static final int WIDTH = 1100;

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
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(report.title())).append("</h1>\n");
        for (String note : report.notes()) {
            h.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
        }
        figures(h, report);
        int n = 0;
        if (report.backtest().isPresent()) {
            RunView b = report.backtest().get();
            chart(h, "Equity and drawdown", Charts.equityAndDrawdown(b), "chart" + n++, 480);
            drawdownNote(h, b);
            chart(h, "Monthly returns", Charts.monthlyHeatMap(b), "chart" + n++, 260);
            chart(h, "Trade P&L distribution", Charts.tradePnlHistogram(b), "chart" + n++, 360);
        }
        if (report.live().isPresent()) {
            RunView l = report.live().get();
            if (report.backtest().isPresent()) {
                chart(h, "Backtest vs live equity", Charts.equityOverlay(report.backtest().get(), l), "chart" + n++,
                        420);
            } else {
                chart(h, "Equity and drawdown", Charts.equityAndDrawdown(l), "chart" + n++, 480);
                drawdownNote(h, l);
                chart(h, "Trade P&L distribution", Charts.tradePnlHistogram(l), "chart" + n++, 360);
            }
        }
        if (report.parity().isPresent()) {
            ParityView p = report.parity().get();
            chart(h, "Daily tracking error", Charts.trackingError(p), "chart" + n++, 420);
            parityTable(h, p);
        }
        h.append("<p class=\"foot\">Written by parallax. Charts drawn with JFreeChart as inline SVG (JFreeSVG).</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void figures(StringBuilder h, Report report) {
        report.comparison().ifPresent(c -> {
            h.append("<h2>Backtest vs live</h2>\n<p class=\"note\">").append(esc(c.basis().describe()))
                    .append("</p>\n<table><tr><th></th><th>backtest</th><th>live</th><th>live - backtest</th></tr>\n");
            for (Comparison.Row r : c.rows()) {
                h.append("<tr><td>").append(esc(r.label())).append("</td><td>").append(r.unit().format(r.backtest()))
                        .append("</td><td>").append(r.unit().format(r.live())).append("</td><td>")
                        .append(r.unit().format(r.difference())).append("</td></tr>\n");
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
                .append(esc(run.basis().describe())).append("</p>\n<table>\n");
        for (Metric m : run.metrics()) {
            h.append("<tr><td>").append(esc(m.label())).append("</td><td>").append(esc(m.formatted()))
                    .append("</td></tr>\n");
        }
        h.append("</table></div>\n");
    }

    /** Says on which basis the chart's drawdown is drawn and how it relates to the table's figures. */
    private static void drawdownNote(StringBuilder h, RunView run) {
        h.append("<p class=\"note\">Drawdown drawn at ").append(esc(run.curveBasis()));
        run.metric("max_drawdown_every_bar").ifPresent(m -> h.append(" (deepest ").append(m.formatted()).append(')'));
        run.metric("max_drawdown_daily").ifPresent(m -> h.append("; the max drawdown at daily closes, the basis of the "
                + "Sharpe and Sortino ratios, is ").append(m.formatted()));
        h.append(".</p>\n");
    }

    private static void chart(StringBuilder h, String title, JFreeChart chart, String id, int height) {
        h.append("<h2>").append(esc(title)).append("</h2>\n<figure class=\"chart\">")
                .append(SvgCharts.svg(chart, id, WIDTH, height)).append("</figure>\n");
    }

    private static void parityTable(StringBuilder h, ParityView p) {
        h.append("<h2>Daily parity: ").append(esc(p.strategy())).append("</h2>\n<p>Status now: <b>")
                .append(p.status()).append("</b>");
        if (!p.disableReason().isEmpty()) {
            h.append(" &mdash; ").append(esc(p.disableReason()));
        }
        h.append("</p>\n<table><tr><th>day</th><th>matched</th><th>tracking error</th><th>mean diff</th>"
                + "<th>slippage</th><th>fee</th><th>timing</th><th>impact</th><th>P&amp;L diff</th>"
                + "<th>7-day drift</th><th>mean latency ms</th><th>status at end</th></tr>\n");
        for (ParityView.Day d : p.days()) {
            DailyParityReport r = d.report();
            CostAttribution a = r.attribution();
            h.append("<tr class=\"").append(d.statusAtEnd().name().toLowerCase(java.util.Locale.ROOT)).append("\"><td>")
                    .append(r.date()).append("</td><td>").append(r.matchedTrades()).append("</td>");
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
                + Format.number(p.thresholds().disableTrackingErrorBps(), 0) + " bps of tracking error; cumulative drift above "
                + Format.number(p.thresholds().maxCumulativeDriftBps(), 0) + " bps disables.</p>\n");
    }

    /** {@code text} with the HTML special characters escaped. */
    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 24px auto; max-width: 1140px; color: #222; }
            h1 { font-size: 24px; } h2 { font-size: 18px; margin-top: 28px; }
            table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
            td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: right; }
            td:first-child, th:first-child { text-align: left; }
            .tables { display: flex; gap: 32px; flex-wrap: wrap; }
            .note { color: #555; font-size: 13px; margin: 4px 0; }
            .foot { color: #888; font-size: 12px; margin-top: 32px; }
            figure.chart { margin: 0; }
            tr.warning td { background: #fff6d6; } tr.critical td { background: #ffe2cc; }
            tr.disabled td { background: #ffd6d6; }
            """;
}

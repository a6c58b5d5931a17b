package dev.parallax.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A plain SVG drawing of a time-series chart's data (the same thinned points the script draws), for
 * a reader whose viewer runs no script: each series as a line, with the chart's title, the lowest
 * and highest value of the first axis and the first and last time; a series on the second axis is
 * scaled to its own range. Bar charts have none; their figures are in the tables.
 */
public final class StaticFallback {

    private static final int LEFT = 90;
    private static final int TOP = 28;
    private static final int BOTTOM = 24;

    private StaticFallback() {
    }

    /**
     * The SVG of {@code chart} (as {@link InteractiveCharts} builds it) at {@code width} pixels; empty
     * for a chart that is not a time series or has no finite value.
     */
    public static String svg(JsonNode chart, int width) {
        if (!chart.path("time").asBoolean(false)) {
            return "";
        }
        JsonNode x = chart.path("x");
        JsonNode series = chart.path("series");
        double[] y = range(series, "y");
        double lo = y[0];
        double hi = y[1];
        if (x.size() == 0 || lo > hi) {
            return "";
        }
        int height = chart.path("height").asInt(240);
        double x0 = x.get(0).asDouble();
        double xSpan = Math.max(1e-9, x.get(x.size() - 1).asDouble() - x0);
        double plotW = width - LEFT - 10;
        double plotH = height - TOP - BOTTOM;
        StringBuilder h = new StringBuilder();
        h.append("<svg width=\"").append(width).append("\" height=\"").append(height).append("\" role=\"img\">")
                .append("<text x=\"").append(LEFT).append("\" y=\"16\" font-size=\"13\" font-weight=\"bold\">")
                .append(HtmlReport.esc(chart.path("title").asText())).append("</text>");
        String format = chart.path("yFormat").asText();
        label(h, 4, TOP + 10, value(hi, format));
        label(h, 4, TOP + plotH, value(lo, format));
        label(h, LEFT, height - 6, day(x0));
        label(h, width - 90, height - 6, day(x0 + xSpan));
        for (JsonNode s : series) {
            // a series on the second axis gets its own range, as in the script's chart
            double[] own = range(series, s.path("scale").asText("y"));
            double sLo = own[0];
            double sSpan = own[1] > own[0] ? own[1] - own[0] : 1;
            StringBuilder d = new StringBuilder();
            boolean pen = false;
            JsonNode values = s.path("values");
            for (int i = 0; i < x.size() && i < values.size(); i++) {
                if (!values.get(i).isNumber()) {
                    pen = false;
                    continue;
                }
                double px = LEFT + (x.get(i).asDouble() - x0) / xSpan * plotW;
                double py = TOP + (sLo + sSpan - values.get(i).asDouble()) / sSpan * plotH;
                d.append(pen ? 'L' : 'M').append(String.format(Locale.ROOT, "%.1f,%.1f", px, py));
                pen = true;
            }
            h.append("<path fill=\"none\" stroke-width=\"1.2\" stroke=\"").append(HtmlReport.esc(s.path("color").asText()))
                    .append("\" d=\"").append(d).append("\"/>");
        }
        return h.append("</svg>").toString();
    }

    /** The lowest and highest finite value of the series on {@code scale}; {@code [+inf, -inf]} when none. */
    private static double[] range(JsonNode series, String scale) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JsonNode s : series) {
            if (!s.path("scale").asText("y").equals(scale)) {
                continue;
            }
            for (JsonNode v : s.path("values")) {
                if (v.isNumber()) {
                    lo = Math.min(lo, v.asDouble());
                    hi = Math.max(hi, v.asDouble());
                }
            }
        }
        return new double[] {lo, hi};
    }

    private static void label(StringBuilder h, double x, double y, String text) {
        h.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"11\" fill=\"#555\">", x, y))
                .append(HtmlReport.esc(text)).append("</text>");
    }

    private static String value(double v, String format) {
        return switch (format) {
            case "pct" -> Format.percent(v);
            case "money" -> Format.money(v);
            default -> Format.number(v, 2);
        };
    }

    private static String day(double seconds) {
        return java.time.Instant.ofEpochSecond((long) Math.floor(seconds)).toString().substring(0, 10);
    }
}

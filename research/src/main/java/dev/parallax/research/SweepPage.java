package dev.parallax.research;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small self-contained HTML page of a sweep (inline SVG, no script, no outside file): the winner and
 * how far to trust it (trials, deflated Sharpe ratio, PBO), a heat map of the ranked metric over two
 * settings, and the winner's neighbourhood.
 *
 * <p>Each heat-map cell shows the best value of the metric among the rows with that pair of values
 * (when other settings vary too, the best of them); cells without a row are left grey. Colours run
 * linearly from red (worst) to green (best) between the worst and best finite values shown.
 */
public final class SweepPage {

    private static final int CELL = 44;
    private static final int MARGIN = 70;

    private SweepPage() {
    }

    /**
     * Writes the page.
     *
     * @param title     the heading
     * @param selection the ranked rows and selection figures
     * @param space     the settings the sweep varied
     * @param surface   the two settings of the heat map (x then y), or empty for none
     */
    public static void write(Writer out, String title, SweepSelection selection, SweepSpace space,
                             Optional<String[]> surface) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:"
                        + "collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
                        + "th{background:#f4f4f4}</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        summary(h, selection);
        surface.ifPresent(s -> heatMap(h, selection, space, s[0], s[1]));
        neighbours(h, selection, space);
        h.append("</body></html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static void summary(StringBuilder h, SweepSelection s) {
        SweepRow w = s.winner();
        h.append("<h2>Winner by ").append(s.metric().label()).append("</h2>\n<table>");
        row(h, "settings", w.point().allSettings().toString());
        row(h, s.metric().label(), num(s.metric().of(w.metrics())));
        row(h, "trials (all runs)", Integer.toString(s.trials()));
        row(h, "variance of the trials' Sharpe ratios", num(s.sharpeVariance()));
        row(h, "deflated Sharpe ratio", num(s.deflatedSharpe()));
        row(h, "probability of backtest overfitting (CSCV)", s.overfitting().map(o -> num(o.pbo()) + " ("
                + o.logits().length + " combinations of " + o.blocks() + " blocks)").orElse(s.overfittingNote()));
        h.append("</table>\n");
    }

    private static void heatMap(StringBuilder h, SweepSelection s, SweepSpace space, String x, String y) {
        List<String> xs = values(space, x);
        List<String> ys = values(space, y);
        double[][] best = new double[ys.size()][xs.size()];
        for (double[] r : best) {
            java.util.Arrays.fill(r, Double.NaN);
        }
        for (SweepRow r : s.ranked()) {
            Map<String, String> set = r.point().allSettings();
            int i = ys.indexOf(set.get(y));
            int j = xs.indexOf(set.get(x));
            double v = s.metric().of(r.metrics());
            if (i >= 0 && j >= 0 && Double.isFinite(v)
                    && (Double.isNaN(best[i][j]) || s.metric().higherIsBetter() == (v > best[i][j]))) {
                best[i][j] = v;
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] r : best) {
            for (double v : r) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        int width = MARGIN + xs.size() * CELL + 10;
        int height = MARGIN + ys.size() * CELL + 10;
        h.append("<h2>").append(esc(s.metric().label())).append(" over ").append(esc(x)).append(" and ").append(esc(y))
                .append("</h2>\n<svg width=\"").append(width).append("\" height=\"")
                .append(height).append("\" font-size=\"10\">\n");
        for (int j = 0; j < xs.size(); j++) {
            h.append("<text x=\"").append(MARGIN + j * CELL + CELL / 2).append("\" y=\"").append(MARGIN - 8)
                    .append("\" text-anchor=\"middle\">").append(esc(xs.get(j))).append("</text>\n");
        }
        h.append("<text x=\"").append(MARGIN).append("\" y=\"14\">").append(esc(x)).append(" &#8594;</text>\n");
        h.append("<text x=\"4\" y=\"").append(MARGIN - 8).append("\">").append(esc(y)).append(" &#8595;</text>\n");
        for (int i = 0; i < ys.size(); i++) {
            h.append("<text x=\"").append(MARGIN - 6).append("\" y=\"").append(MARGIN + i * CELL + CELL / 2 + 3)
                    .append("\" text-anchor=\"end\">").append(esc(ys.get(i))).append("</text>\n");
            for (int j = 0; j < xs.size(); j++) {
                double v = best[i][j];
                h.append("<rect x=\"").append(MARGIN + j * CELL).append("\" y=\"").append(MARGIN + i * CELL)
                        .append("\" width=\"").append(CELL - 1).append("\" height=\"").append(CELL - 1)
                        .append("\" fill=\"").append(colour(v, lo, hi, s.metric().higherIsBetter()))
                        .append("\"><title>").append(esc(x + "=" + xs.get(j) + ", " + y + "=" + ys.get(i) + ": "
                                + num(v))).append("</title></rect>\n");
                if (!Double.isNaN(v)) {
                    h.append("<text x=\"").append(MARGIN + j * CELL + CELL / 2).append("\" y=\"")
                            .append(MARGIN + i * CELL + CELL / 2 + 3).append("\" text-anchor=\"middle\">")
                            .append(String.format(Locale.ROOT, "%.2f", v)).append("</text>\n");
                }
            }
        }
        h.append("</svg>\n");
    }

    private static void neighbours(StringBuilder h, SweepSelection s, SweepSpace space) {
        List<Neighbourhood.Neighbour> ns = Neighbourhood.of(s.ranked(), space);
        h.append("<h2>Neighbourhood of the winner</h2>\n");
        if (ns.isEmpty()) {
            h.append("<p>The winner has no grid neighbour among the runs.</p>\n");
            return;
        }
        h.append("<table><tr><th>setting</th><th>value</th><th>").append(esc(s.metric().label()))
                .append("</th><th>rank of ").append(s.ranked().size()).append("</th></tr>\n");
        h.append("<tr><td>winner</td><td></td><td>").append(num(s.metric().of(s.winner().metrics())))
                .append("</td><td>1</td></tr>\n");
        for (Neighbourhood.Neighbour n : ns) {
            h.append("<tr><td>").append(esc(n.setting())).append("</td><td>").append(esc(n.value())).append("</td><td>")
                    .append(num(s.metric().of(n.row().metrics()))).append("</td><td>").append(n.rank())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /**
     * Checks, before a sweep runs, that the surface names two different settings the sweep varies.
     *
     * @throws IllegalArgumentException naming the setting that is not varied
     */
    public static void requireSurface(SweepSpace space, String x, String y) {
        if (x.equals(y)) {
            throw new IllegalArgumentException("the surface needs two different settings, was " + x + "," + y);
        }
        values(space, x);
        values(space, y);
    }

    /** The values of {@code name} in {@code space}, in order. */
    private static List<String> values(SweepSpace space, String name) {
        List<SettingValues> all = new java.util.ArrayList<>(space.strategySettings());
        all.addAll(space.modelSettings());
        return all.stream().filter(v -> v.name().equals(name)).findFirst().map(SettingValues::values)
                .orElseThrow(() -> new IllegalArgumentException("surface setting '" + name + "' is not varied by the "
                        + "sweep; varied: " + space.names()));
    }

    /** Red (worst) to green (best) by where {@code v} lies in {@code [lo, hi]}; grey for no value. */
    static String colour(double v, double lo, double hi, boolean higherIsBetter) {
        if (Double.isNaN(v)) {
            return "#dddddd";
        }
        double t = hi > lo ? (v - lo) / (hi - lo) : 1.0;
        if (!higherIsBetter) {
            t = 1 - t;
        }
        int red = (int) Math.round(220 * (1 - t) + 40 * t);
        int green = (int) Math.round(60 * (1 - t) + 170 * t);
        return String.format(Locale.ROOT, "#%02x%02x50", red, green);
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><th style=\"text-align:left\">").append(esc(name)).append("</th><td>").append(esc(value))
                .append("</td></tr>");
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

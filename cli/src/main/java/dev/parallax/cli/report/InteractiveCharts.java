package dev.parallax.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.RollingMetrics;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityThresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's charts as data for the page's script ({@code tearsheet.js}, drawn with uPlot): one
 * JSON object per chart with its x values, its series and its marker lines. Time is in epoch
 * seconds (uPlot's unit). Series longer than the chart is wide are thinned by
 * {@link MinMaxBuckets} ({@value #BUCKETS} buckets), which keeps each bucket's extremes, so the page
 * stays small for any run length; the tables state the exact figures.
 */
public final class InteractiveCharts {

    /** Buckets of the min/max thinning: about one per horizontal pixel of a chart. */
    public static final int BUCKETS = 1000;
    /** The longest rolling window, in daily returns (a quarter of trading days). */
    public static final int MAX_WINDOW = 63;

    static final String BACKTEST = "#1f77b4";
    static final String LIVE = "#d62728";
    static final String BENCHMARK = "#7f7f7f";
    static final String WARNING = "#e6a700";
    static final String CRITICAL = "#e6550d";
    static final String DISABLE = "#b00020";
    static final String UNJUDGED = "#c4c4c4";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InteractiveCharts() {
    }

    /**
     * The rolling window for {@code n} daily returns: a third of them, at least 3 and at most
     * {@value #MAX_WINDOW}, so a short run still shows a line and a long one a quarter's window.
     */
    public static int window(int n) {
        return Math.min(MAX_WINDOW, Math.max(3, n / 3));
    }

    /** The equity curve, with the benchmark's buy-and-hold equity when the run has one. */
    public static ObjectNode equity(String id, RunView run) {
        long[] t = run.equityMillis();
        double[] v = run.equity();
        List<double[]> values = new ArrayList<>(List.of(v));
        List<String[]> names = new ArrayList<>();
        names.add(new String[] {run.name() + " equity", BACKTEST});
        if (run.benchmark().isPresent()) {
            Benchmark b = run.benchmark().get();
            values.add(onTimes(t, b.millis(), b.equity(run.startEquity())));
            names.add(new String[] {b.name(), BENCHMARK});
        }
        return timeChart(id, "Equity (" + run.name() + ", " + run.curveBasis() + ")"
                + (run.benchmark().isPresent() ? " against " + run.benchmark().get().name() : ""), "equity", "money",
                320, t, values, names);
    }

    /** The drawdown from the running peak at every point ({@link PointDrawdown}). */
    public static ObjectNode underwater(String id, RunView run) {
        double[] dd = PointDrawdown.series(run.startEquity(), run.equity());
        ObjectNode c = timeChart(id, "Underwater: drawdown from the running peak (" + run.name() + ", "
                + run.curveBasis() + ")", "drawdown", "pct", 200, run.equityMillis(), List.of(dd),
                List.<String[]>of(new String[] {"drawdown", LIVE}));
        ((ObjectNode) c.get("series").get(0)).put("fill", "rgba(214,39,40,0.35)");
        return c;
    }

    /** Rolling Sharpe ratio and volatility of the daily returns ({@link RollingMetrics}, on the run's basis). */
    public static Optional<ObjectNode> rolling(String id, RunView run) {
        double[] r = run.dailyReturns();
        int w = window(r.length);
        if (r.length < w) {
            return Optional.empty();
        }
        RollingMetrics rolling = new RollingMetrics(run.basis().options());
        double[] sharpe = rolling.sharpe(r, w);
        double[] vol = rolling.volatility(r, w);
        long[] closes = DailyCloses.closeMillis(run.equityMillis());
        long[] t = new long[sharpe.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = closes[j + w - 1];
        }
        ObjectNode c = timeChart(id, "Rolling Sharpe and volatility (" + run.name() + ", window " + w
                + " daily returns, " + run.basis().terms() + ")", "Sharpe", "num", 240, t, List.of(sharpe, vol),
                List.of(new String[] {"rolling Sharpe", BACKTEST}, new String[] {"rolling volatility", CRITICAL}));
        ((ObjectNode) c.get("series").get(1)).put("scale", "y2");
        c.put("y2Label", "volatility");
        c.put("y2Format", "pct");
        return Optional.of(c);
    }

    /** Each calendar year's compounded return over the data's span ({@link CalendarTable#yearly}). */
    public static ObjectNode yearly(String id, RunView run) {
        Map<Integer, Double> years = CalendarTable.yearly(run.monthly());
        List<String> labels = new ArrayList<>();
        double[] values = new double[years.size()];
        String[] colors = new String[years.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : years.entrySet()) {
            labels.add(String.valueOf(e.getKey()));
            values[i] = e.getValue();
            colors[i] = e.getValue() < 0 ? LIVE : "#2ca02c";
            i++;
        }
        return barChart(id, "Yearly returns (" + run.name() + ", compounded months of the data's span)", "year",
                labels, values, colors, "return", "pct", 220);
    }

    /** The distribution of daily returns with the 5% VaR and CVaR marked. */
    public static ObjectNode returnDistribution(String id, RunView run) {
        double[] r = run.dailyReturns();
        PerformanceReport p = PerformanceReport.of(r, run.basis().options());
        double var = run.metric("value_at_risk").map(Metric::value).orElse(p.valueAtRisk());
        double cvar = run.metric("conditional_value_at_risk").map(Metric::value).orElse(p.conditionalValueAtRisk());
        ObjectNode c = histogram(id, "Daily return distribution (" + run.name() + ", " + r.length + " days)", r,
                "pct", "days");
        ArrayNode v = c.putArray("vlines");
        vline(v, var, "VaR 5% " + Format.percent(var), CRITICAL);
        vline(v, cvar, "CVaR 5% " + Format.percent(cvar), DISABLE);
        return c;
    }

    /** The distribution of closed-trade net P&amp;L. */
    public static ObjectNode tradePnl(String id, RunView run) {
        return histogram(id, "Trade P&L distribution (" + run.name() + ", " + run.tradePnl().length + " trades)",
                run.tradePnl(), "money", "trades");
    }

    /**
     * Backtest and live equity on one time axis, with the day the strategy was disabled marked when
     * the parity view has one (the marker sits at the start of that day, in the parity zone).
     */
    public static ObjectNode overlay(String id, RunView backtest, RunView live, Optional<ParityView> parity) {
        long[] t = union(backtest.equityMillis(), live.equityMillis());
        double[] b = onTimes(t, backtest.equityMillis(), backtest.equity());
        double[] l = onTimes(t, live.equityMillis(), live.equity());
        ObjectNode c = timeChart(id, "Backtest vs live equity", "equity", "money", 320, t, List.of(b, l),
                List.of(new String[] {backtest.name(), BACKTEST}, new String[] {live.name(), LIVE}));
        ArrayNode v = c.putArray("vlines");
        parity.flatMap(InteractiveCharts::disabledDay).ifPresent(d -> {
            ObjectNode m = v.addObject();
            m.put("x", d.report().date().atStartOfDay(d.report().zone()).toEpochSecond());
            m.put("label", "disabled " + d.report().date());
            m.put("color", DISABLE);
            m.put("solid", true);
        });
        return c;
    }

    /** The first day that ended with the strategy disabled. */
    static Optional<ParityView.Day> disabledDay(ParityView parity) {
        return parity.days().stream().filter(d -> d.statusAtEnd() == ParityStatus.DISABLED).findFirst();
    }

    /**
     * Each day's tracking error against the warning, critical and disable lines; a day with fewer
     * matched trades than the thresholds' minimum is drawn grey, as it is not judged.
     */
    public static ObjectNode trackingError(String id, ParityView parity) {
        ParityThresholds th = parity.thresholds();
        List<String> labels = new ArrayList<>();
        double[] te = new double[parity.days().size()];
        String[] colors = new String[te.length];
        double max = th.disableTrackingErrorBps();
        for (int i = 0; i < te.length; i++) {
            var r = parity.days().get(i).report();
            labels.add(r.date().toString());
            te[i] = r.trackingErrorBps();
            colors[i] = r.matchedTrades() < th.minTradesForTrackingError() ? UNJUDGED : BACKTEST;
            if (Double.isFinite(te[i])) {
                max = Math.max(max, te[i]);
            }
        }
        ObjectNode c = barChart(id, "Daily tracking error: " + parity.strategy() + " (grey: fewer than "
                + th.minTradesForTrackingError() + " matched trades, not judged)", "day", labels, te, colors,
                "tracking error", "bps", 280);
        c.putArray("yRange").add(0).add(max * 1.1);
        ArrayNode h = c.putArray("hlines");
        hline(h, th.warningTrackingErrorBps(), "warning " + Format.number(th.warningTrackingErrorBps(), 0) + " bps",
                WARNING);
        hline(h, th.criticalTrackingErrorBps(), "critical " + Format.number(th.criticalTrackingErrorBps(), 0)
                + " bps", CRITICAL);
        hline(h, th.disableTrackingErrorBps(), "disable " + Format.number(th.disableTrackingErrorBps(), 0) + " bps",
                DISABLE);
        return c;
    }

    /** The cumulative drift of each day against the limit in both directions. */
    public static ObjectNode drift(String id, ParityView parity) {
        double limit = parity.thresholds().maxCumulativeDriftBps();
        List<String> labels = new ArrayList<>();
        double[] x = new double[parity.days().size()];
        double[] drift = new double[x.length];
        double max = limit;
        for (int i = 0; i < x.length; i++) {
            var r = parity.days().get(i).report();
            labels.add(r.date().toString());
            x[i] = i;
            drift[i] = r.cumulativeDriftBps();
            if (Double.isFinite(drift[i])) {
                max = Math.max(max, Math.abs(drift[i]));
            }
        }
        ObjectNode c = chart(id, "Cumulative drift against its limit: " + parity.strategy(), 260);
        c.put("xLabel", "day");
        ArrayNode l = c.putArray("labels");
        labels.forEach(l::add);
        numbers(c.putArray("x"), x);
        c.put("yLabel", "drift");
        c.put("yFormat", "bps");
        c.putArray("yRange").add(-max * 1.1).add(max * 1.1);
        series(c.putArray("series"), "cumulative drift", BACKTEST, "bps", drift);
        ArrayNode h = c.putArray("hlines");
        hline(h, limit, "limit +" + Format.number(limit, 0) + " bps", DISABLE);
        hline(h, -limit, "limit -" + Format.number(limit, 0) + " bps", DISABLE);
        return c;
    }

    private static ObjectNode timeChart(String id, String title, String yLabel, String yFormat, int height,
                                        long[] millis, List<double[]> values, List<String[]> names) {
        int[] keep = MinMaxBuckets.indices(millis, values.toArray(new double[0][]), BUCKETS);
        ObjectNode c = chart(id, title, height);
        c.put("time", true);
        c.put("xLabel", "time (UTC)");
        c.put("yLabel", yLabel);
        c.put("yFormat", yFormat);
        ArrayNode x = c.putArray("x");
        for (int i : keep) {
            x.add(millis[i] / 1000.0);
        }
        c.put("points", millis.length);
        c.put("shown", keep.length);
        ArrayNode s = c.putArray("series");
        for (int k = 0; k < values.size(); k++) {
            series(s, names.get(k)[0], names.get(k)[1], yFormat, MinMaxBuckets.pick(values.get(k), keep));
        }
        return c;
    }

    private static ObjectNode barChart(String id, String title, String xLabel, List<String> labels, double[] values,
                                       String[] colors, String yLabel, String yFormat, int height) {
        ObjectNode c = chart(id, title, height);
        c.put("kind", "bars");
        c.put("xLabel", xLabel);
        ArrayNode l = c.putArray("labels");
        labels.forEach(l::add);
        double[] x = new double[values.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        numbers(c.putArray("x"), x);
        c.put("yLabel", yLabel);
        c.put("yFormat", yFormat);
        ObjectNode s = series(c.putArray("series"), yLabel, BACKTEST, yFormat, values);
        ArrayNode col = s.putArray("colors");
        for (String color : colors) {
            col.add(color);
        }
        return c;
    }

    private static ObjectNode histogram(String id, String title, double[] values, String xFormat, String yLabel) {
        ObjectNode c = chart(id, title, 240);
        c.put("kind", "bars");
        c.put("xLabel", "bin from");
        c.put("xFormat", xFormat);
        c.put("yLabel", yLabel);
        c.put("yFormat", "int");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        int bins = (int) Math.max(5, Math.min(40, Math.round(Math.sqrt(values.length) * 2)));
        double[] edges = new double[lo <= hi ? bins : 0];
        double[] counts = new double[edges.length];
        if (edges.length > 0) {
            double width = hi > lo ? (hi - lo) / bins : 1;
            for (int i = 0; i < bins; i++) {
                edges[i] = lo + i * width;
            }
            for (double v : values) {
                if (Double.isFinite(v)) {
                    counts[(int) Math.min(bins - 1, Math.floor((v - lo) / width))]++;
                }
            }
        }
        numbers(c.putArray("x"), edges);
        series(c.putArray("series"), yLabel, BACKTEST, "int", counts);
        // each bar starts at its bin's lower edge and spans the bin
        c.put("align", 1);
        if (edges.length > 0) {
            c.putArray("xRange").add(lo).add(hi > lo ? hi : lo + 1);
        }
        return c;
    }

    private static ObjectNode chart(String id, String title, int height) {
        ObjectNode c = MAPPER.createObjectNode();
        c.put("id", id);
        c.put("title", title);
        c.put("kind", "line");
        c.put("height", height);
        return c;
    }

    private static ObjectNode series(ArrayNode into, String label, String color, String format, double[] values) {
        ObjectNode s = into.addObject();
        s.put("label", label);
        s.put("color", color);
        s.put("format", format);
        numbers(s.putArray("values"), values);
        return s;
    }

    private static void hline(ArrayNode into, double y, String label, String color) {
        ObjectNode m = into.addObject();
        m.put("y", y);
        m.put("label", label);
        m.put("color", color);
    }

    private static void vline(ArrayNode into, double x, String label, String color) {
        if (Double.isFinite(x)) {
            ObjectNode m = into.addObject();
            m.put("x", x);
            m.put("label", label);
            m.put("color", color);
        }
    }

    /** Writes {@code values} with float precision (enough to draw; the tables hold the exact figures), NaN as null. */
    static void numbers(ArrayNode into, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                into.add((float) v);
            } else {
                into.addNull();
            }
        }
    }

    /** The times of both curves, merged and without repeats. */
    private static long[] union(long[] a, long[] b) {
        return java.util.stream.LongStream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b))
                .sorted().distinct().toArray();
    }

    /** The value of the step series ({@code times}, {@code values}) at each of {@code at}: the last at or before, NaN before the first. */
    static double[] onTimes(long[] at, long[] times, double[] values) {
        double[] out = new double[at.length];
        int j = -1;
        for (int i = 0; i < at.length; i++) {
            while (j + 1 < times.length && times[j + 1] <= at[i]) {
                j++;
            }
            out[i] = j < 0 ? Double.NaN : values[j];
        }
        return out;
    }
}

package dev.parallax.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.DefaultXYZDataset;

/** The report's charts, built with JFreeChart. Each method returns a chart ready to draw. */
public final class Charts {

    private static final Color EQUITY = new Color(0x1f77b4);
    private static final Color LIVE = new Color(0xd62728);
    private static final Color DRAWDOWN = new Color(0xd62728);
    private static final Color WARNING = new Color(0xe6a700);
    private static final Color CRITICAL = new Color(0xe6550d);
    private static final Color DISABLE = new Color(0xb00020);

    private Charts() {
    }

    /**
     * The equity curve above its drawdown from the running peak, on one time axis. The drawdown is
     * {@link PointDrawdown} at every point of the curve, on the run's curve basis, which the title and the axis name.
     */
    public static JFreeChart equityAndDrawdown(RunView run) {
        long[] t = run.equityMillis();
        double[] v = run.equity();
        double[] dd = PointDrawdown.series(run.startEquity(), v);
        TimeSeries equity = new TimeSeries("equity");
        TimeSeries drawdown = new TimeSeries("drawdown");
        for (int i = 0; i < t.length; i++) {
            Millisecond ms = new Millisecond(new java.util.Date(t[i]));
            equity.addOrUpdate(ms, v[i]);
            drawdown.addOrUpdate(ms, dd[i] * 100);
        }
        NumberAxis equityAxis = new NumberAxis("equity");
        equityAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, EQUITY);
        line.setSeriesStroke(0, new BasicStroke(1.5f));
        XYPlot top = new XYPlot(new TimeSeriesCollection(equity), null, equityAxis, line);
        XYAreaRenderer area = new XYAreaRenderer();
        area.setSeriesPaint(0, new Color(DRAWDOWN.getRed(), DRAWDOWN.getGreen(), DRAWDOWN.getBlue(), 140));
        XYPlot bottom = new XYPlot(new TimeSeriesCollection(drawdown), null,
                new NumberAxis("drawdown %, " + run.curveBasis()), area);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new DateAxis("time (UTC)"));
        plot.add(top, 3);
        plot.add(bottom, 1);
        return styled(new JFreeChart("Equity and drawdown (" + run.name() + ", " + run.curveBasis() + ")",
                JFreeChart.DEFAULT_TITLE_FONT,
                plot, false));
    }

    /** Monthly returns as a heat map: months across, years down, green for gains and red for losses. */
    public static JFreeChart monthlyHeatMap(RunView run) {
        Map<YearMonth, Double> monthly = run.monthly();
        TreeSet<Integer> years = new TreeSet<>();
        monthly.keySet().forEach(m -> years.add(m.getYear()));
        if (years.isEmpty()) {
            years.add(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        }
        Integer[] yearList = years.toArray(new Integer[0]);
        double[][] data = new double[3][monthly.size()];
        int i = 0;
        double extreme = 0.0001;
        for (Map.Entry<YearMonth, Double> e : monthly.entrySet()) {
            data[0][i] = e.getKey().getMonthValue() - 1;
            data[1][i] = years.headSet(e.getKey().getYear()).size();
            data[2][i] = Double.isNaN(e.getValue()) ? 0 : e.getValue() * 100;
            extreme = Math.max(extreme, Math.abs(data[2][i]));
            i++;
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("monthly return %", data);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale(extreme));
        SymbolAxis months = new SymbolAxis("month", new String[] {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                "Aug", "Sep", "Oct", "Nov", "Dec"});
        months.setRange(-0.5, 11.5);
        String[] yearLabels = new String[yearList.length];
        for (int y = 0; y < yearList.length; y++) {
            yearLabels[y] = String.valueOf(yearList[y]);
        }
        SymbolAxis yearAxis = new SymbolAxis("year", yearLabels);
        yearAxis.setRange(-0.5, yearList.length - 0.5);
        XYPlot plot = new XYPlot(dataset, months, yearAxis, renderer);
        plot.setBackgroundPaint(new Color(0xf4f4f4));
        for (int k = 0; k < data[0].length; k++) {
            XYTextAnnotation label = new XYTextAnnotation(String.format(java.util.Locale.ROOT, "%.2f%%", data[2][k]),
                    data[0][k], data[1][k]);
            label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            plot.addAnnotation(label);
        }
        return styled(new JFreeChart("Monthly returns (" + run.name() + ")", JFreeChart.DEFAULT_TITLE_FONT, plot,
                false));
    }

    private static LookupPaintScale scale(double extreme) {
        LookupPaintScale scale = new LookupPaintScale(-extreme, extreme + 1e-9, Color.LIGHT_GRAY);
        int steps = 20;
        for (int s = 0; s < steps; s++) {
            double value = -extreme + 2 * extreme * s / steps;
            double share = Math.min(1, Math.abs(value + extreme / steps) / extreme);
            int fade = (int) Math.round(235 - 150 * share);
            Paint p = value + extreme / steps < 0 ? new Color(235, fade, fade) : new Color(fade, 235, fade);
            scale.add(value, p);
        }
        return scale;
    }

    /** The distribution of closed-trade net P&amp;L as a histogram. */
    public static JFreeChart tradePnlHistogram(RunView run) {
        double[] pnl = run.tradePnl();
        HistogramDataset dataset = new HistogramDataset();
        if (pnl.length > 0) {
            int bins = (int) Math.max(5, Math.min(40, Math.round(Math.sqrt(pnl.length) * 2)));
            dataset.addSeries("trades", pnl, bins);
        }
        JFreeChart chart = ChartFactory.createHistogram("Trade P&L distribution (" + run.name() + ", "
                + pnl.length + " trades)", "net P&L per trade", "trades", dataset, PlotOrientation.VERTICAL, false,
                false, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setSeriesPaint(0, EQUITY);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        ValueMarker zero = new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f));
        plot.addDomainMarker(zero);
        if (pnl.length == 0) {
            chart.addSubtitle(new TextTitle("no closed trades"));
        }
        return styled(chart);
    }

    /** The backtest and live equity curves on one chart. */
    public static JFreeChart equityOverlay(RunView backtest, RunView live) {
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.addSeries(series(backtest));
        dataset.addSeries(series(live));
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Backtest vs live equity", "time (UTC)", "equity",
                dataset, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, EQUITY);
        r.setSeriesPaint(1, LIVE);
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        r.setSeriesStroke(1, new BasicStroke(1.5f));
        plot.setRenderer(r);
        return styled(chart);
    }

    private static TimeSeries series(RunView run) {
        TimeSeries s = new TimeSeries(run.name());
        long[] t = run.equityMillis();
        double[] v = run.equity();
        for (int i = 0; i < t.length; i++) {
            s.addOrUpdate(new Millisecond(new java.util.Date(t[i])), v[i]);
        }
        return s;
    }

    /** Each day's tracking error as a bar, against the warning, critical and disable lines. */
    public static JFreeChart trackingError(ParityView parity) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double max = 0;
        for (ParityView.Day d : parity.days()) {
            double te = d.report().trackingErrorBps();
            dataset.addValue(te, "tracking error (bps)", d.report().date().toString());
            max = Math.max(max, te);
        }
        JFreeChart chart = ChartFactory.createBarChart("Daily tracking error: " + parity.strategy(), "day (UTC)",
                "tracking error (bps)", dataset, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, EQUITY);
        renderer.setMaximumBarWidth(0.08);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        var th = parity.thresholds();
        plot.addRangeMarker(marker(th.warningTrackingErrorBps(), "warning", WARNING));
        plot.addRangeMarker(marker(th.criticalTrackingErrorBps(), "critical", CRITICAL));
        plot.addRangeMarker(marker(th.disableTrackingErrorBps(), "disable", DISABLE));
        plot.getRangeAxis().setUpperBound(Math.max(max, th.disableTrackingErrorBps()) * 1.15);
        plot.getRangeAxis().setLowerBound(0);
        return styled(chart);
    }

    private static ValueMarker marker(double value, String label, Color color) {
        ValueMarker m = new ValueMarker(value, color, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        m.setLabel(label + " " + Format.number(value, 0) + " bps");
        m.setLabelPaint(color);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        return m;
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        if (chart.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(new Color(0xfafafa));
            p.setDomainGridlinePaint(new Color(0xdddddd));
            p.setRangeGridlinePaint(new Color(0xdddddd));
        } else if (chart.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(new Color(0xfafafa));
            p.setRangeGridlinePaint(new Color(0xdddddd));
        }
        return chart;
    }
}

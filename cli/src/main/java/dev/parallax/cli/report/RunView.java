package dev.parallax.cli.report;

import dev.parallax.metrics.MetricBasis;
import dev.parallax.sim.api.Preconditions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report shows of one run, backtest or live: its equity curve, closed-trade P&amp;L, monthly
 * returns and its figures, each a number with a unit. The text, HTML and JSON reports all print
 * these same figures.
 *
 * @param name          what the run is ("backtest", "live")
 * @param equityMillis  times of the equity points, epoch milliseconds, increasing
 * @param equity        equity at those times
 * @param startEquity   equity before the first point (initial cash or balance), {@code > 0}
 * @param curveBasis    how often the equity curve looks at the account: {@code every bar} or
 *                      {@code daily closes}; the chart's drawdown is on this basis
 * @param tradePnl      net P&amp;L of each closed trade
 * @param monthly       compounded return of each month, in month order
 * @param basis         the annualisation, risk-free rate and Sortino target of the return figures
 * @param metrics       every figure in display order, keys unique
 * @param trades        the closed trades in the order they closed (empty when the source lists none)
 * @param regimes       the closed trades by market regime at entry (empty when the source has none)
 * @param benchmark     the series the run is measured against, when there is one
 */
public record RunView(String name, long[] equityMillis, double[] equity, double startEquity, String curveBasis,
                      double[] tradePnl, Map<YearMonth, Double> monthly, MetricBasis basis, List<Metric> metrics,
                      List<TradeRow> trades, List<RegimeRow> regimes, Optional<Benchmark> benchmark) {

    /** The basis of an equity curve with a point per bar (or per event). */
    public static final String EVERY_BAR = "every bar";
    /** The basis of an equity curve with a point per trading day. */
    public static final String DAILY_CLOSES = "daily closes";

    /** Validates the fields and copies the arrays and collections. */
    public RunView {
        Preconditions.notBlank("name", name);
        if (equityMillis.length != equity.length) {
            throw new IllegalArgumentException("equityMillis and equity must have the same length, were "
                    + equityMillis.length + " and " + equity.length);
        }
        Preconditions.positive("startEquity", startEquity);
        if (!EVERY_BAR.equals(curveBasis) && !DAILY_CLOSES.equals(curveBasis)) {
            throw new IllegalArgumentException("curveBasis must be '" + EVERY_BAR + "' or '" + DAILY_CLOSES
                    + "', was '" + curveBasis + "'");
        }
        equityMillis = equityMillis.clone();
        equity = equity.clone();
        tradePnl = tradePnl.clone();
        monthly = new LinkedHashMap<>(monthly);
        Preconditions.notNull("basis", basis);
        metrics = List.copyOf(metrics);
        trades = List.copyOf(trades);
        regimes = List.copyOf(regimes);
        Preconditions.notNull("benchmark", benchmark);
        if (metrics.stream().map(Metric::key).distinct().count() != metrics.size()) {
            throw new IllegalArgumentException("metric keys must be unique, were "
                    + metrics.stream().map(Metric::key).toList());
        }
    }

    /** A view without a trade list, regime breakdown or benchmark. */
    public RunView(String name, long[] equityMillis, double[] equity, double startEquity, String curveBasis,
                   double[] tradePnl, Map<YearMonth, Double> monthly, MetricBasis basis, List<Metric> metrics) {
        this(name, equityMillis, equity, startEquity, curveBasis, tradePnl, monthly, basis, metrics, List.of(),
                List.of(), Optional.empty());
    }

    /**
     * This view measured against {@code against}: the benchmark is kept for the charts and its
     * figures ({@link BenchmarkFigures}, on this view's basis) are added after the others, with the
     * benchmark's own total return over the run's span.
     *
     * @throws IllegalArgumentException if this view already has a benchmark
     */
    public RunView withBenchmark(Benchmark against) {
        if (benchmark.isPresent()) {
            throw new IllegalArgumentException("run '" + name + "' already has a benchmark ("
                    + benchmark.get().name() + ")");
        }
        double[][] daily = BenchmarkFigures.dailyReturns(startEquity, equityMillis, equity, against);
        BenchmarkFigures f = BenchmarkFigures.of(daily[0], daily[1], basis);
        double growth = 1;
        for (double r : daily[1]) {
            growth *= 1 + r;
        }
        List<Metric> m = new java.util.ArrayList<>(metrics);
        m.add(Metric.text("benchmark", "benchmark", against.name()));
        m.add(Metric.of("benchmark_return", "benchmark return", MetricUnit.FRACTION,
                daily[1].length == 0 ? Double.NaN : growth - 1));
        m.add(Metric.of("alpha", "alpha (annual)", MetricUnit.FRACTION, f.alpha()));
        m.add(Metric.of("beta", "beta", MetricUnit.RATIO, f.beta()));
        m.add(Metric.of("correlation", "correlation", MetricUnit.RATIO, f.correlation()));
        m.add(Metric.of("information_ratio", "information ratio", MetricUnit.RATIO, f.informationRatio()));
        m.add(Metric.of("up_capture", "up capture", MetricUnit.RATIO, f.upCapture()));
        m.add(Metric.of("down_capture", "down capture", MetricUnit.RATIO, f.downCapture()));
        return new RunView(name, equityMillis, equity, startEquity, curveBasis, tradePnl, monthly, basis, m, trades,
                regimes, Optional.of(against));
    }

    /** The daily returns the return figures are computed from ({@link DailyCloses}). */
    public double[] dailyReturns() {
        return DailyCloses.returns(startEquity, equityMillis, equity);
    }

    /** The equity times (a copy). */
    @Override
    public long[] equityMillis() {
        return equityMillis.clone();
    }

    /** The equity values (a copy). */
    @Override
    public double[] equity() {
        return equity.clone();
    }

    /** The trade P&amp;L (a copy). */
    @Override
    public double[] tradePnl() {
        return tradePnl.clone();
    }

    /** The figure named {@code key}; empty when this run has none. */
    public Optional<Metric> metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The first and last UTC day of the equity curve; empty when the curve is. */
    public Optional<DateWindow> window() {
        if (equityMillis.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new DateWindow(day(equityMillis[0]), day(equityMillis[equityMillis.length - 1])));
    }

    private static LocalDate day(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    /**
     * The days a run covers, both included.
     *
     * @param first the first day
     * @param last  the last day, not before {@code first}
     */
    public record DateWindow(LocalDate first, LocalDate last) {

        /** Checks the order of the days. */
        public DateWindow {
            Preconditions.notNull("first", first);
            Preconditions.notNull("last", last);
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("last must not be before first, were " + last + " and " + first);
            }
        }

        /** Whether the two windows share a day. */
        public boolean overlaps(DateWindow other) {
            return !last.isBefore(other.first) && !other.last.isBefore(first);
        }

        @Override
        public String toString() {
            return first + " to " + last;
        }
    }
}

package dev.parallax.research;

import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.ColumnarBacktest;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.ColumnarConfig;
import dev.parallax.backtest.columnar.ColumnarStrategy;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.ColumnarResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.metrics.PerformanceReport;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyProvider;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.SimulatorConfig;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one point of a sweep: a pure function of the plan and the point, so the same pair gives an
 * equal row on any thread, machine or run.
 *
 * <p>The run sees the plan's bars inside its window, with the base run's settings and the point's put
 * over them. It takes the columnar fast path ({@link ColumnarBacktest}) when the strategy has a
 * columnar form and execution is ideal (see {@code ColumnarForm}); otherwise it runs the event engine
 * ({@link BacktestEngine}) with the strategy found by name through ServiceLoader. Either way the figures
 * come from the daily (UTC) equity returns under the plan's {@link MetricBasis}.
 *
 * <p>The evaluator keeps the bars it loaded last (and their last window) so that the points of one
 * sweep read the data once; the cache is transient, so a deserialized copy loads afresh. It is safe
 * for use by many threads.
 */
public final class SweepEvaluator implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Loaded loaded;
    private transient Loaded sliced;

    /**
     * A row with the net P&L of each closed trade, in the order they closed.
     *
     * @param row       the row
     * @param tradePnls the trades' net P&L
     */
    public record Traded(SweepRow row, double[] tradePnls) {

        /** Copies the P&L. */
        public Traded {
            tradePnls = tradePnls.clone();
        }

        /** The trades' net P&L (a copy). */
        @Override
        public double[] tradePnls() {
            return tradePnls.clone();
        }
    }

    /** The bars of a source (and window) loaded last, with their end times in one array. */
    private record Loaded(BarSource source, BarWindow window, BarSeries bars, long[] times) {

        static Loaded of(BarSource source, BarWindow window, BarSeries bars) {
            long[] times = new long[bars.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = bars.time(i);
            }
            return new Loaded(source, window, bars, times);
        }
    }

    /**
     * Runs {@code point} of {@code plan}.
     *
     * @throws IllegalArgumentException if the strategy refuses the point's settings (the message names the
     *                                  point), a model refuses its settings (run {@link #check} first to
     *                                  have those named too), or the window holds no bar (the message
     *                                  names the window)
     */
    public SweepRow evaluate(SweepPlan plan, SweepPoint point) {
        return evaluateWithTrades(plan, point).row();
    }

    /** Runs {@code point} of {@code plan} as {@link #evaluate} does, keeping the closed trades' P&L. */
    public Traded evaluateWithTrades(SweepPlan plan, SweepPoint point) {
        Loaded data = bars(plan);
        BarSeries bars = data.bars();
        BaseRun base = plan.base();
        Map<String, String> settings = base.strategySettingsOf(point);
        settings.putIfAbsent("symbol", bars.symbol());
        SimulatorConfig simulator;
        Strategy strategy;
        try {
            simulator = base.simulatorOf(point);
            strategy = ModelCatalog.load(StrategyProvider.class).provider(base.strategy())
                    .create(ModelSettings.of(settings));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("point " + point.index() + " " + point.allSettings() + ": "
                    + e.getMessage(), e);
        }
        Optional<Supplier<ColumnarStrategy>> columnar = ColumnarForm.of(base.strategy(), settings, bars.symbol(),
                simulator, base.barSpreadBps());
        if (columnar.isPresent()) {
            return columnar(plan, point, data, columnar.get().get());
        }
        return event(plan, point, bars, strategy);
    }

    /**
     * Checks every point before anything runs: the strategy accepts each point's settings and the
     * execution models accept each point's model settings.
     *
     * @throws IllegalArgumentException naming the first point refused, its settings and why
     */
    public static void check(SweepPlan plan, List<SweepPoint> points) {
        BaseRun base = plan.base();
        StrategyProvider provider = ModelCatalog.load(StrategyProvider.class).provider(base.strategy());
        ModelLookup lookup = ModelLookup.fromClasspath();
        java.util.Set<Map<String, String>> modelsSeen = new java.util.HashSet<>();
        for (SweepPoint point : points) {
            try {
                Map<String, String> settings = base.strategySettingsOf(point);
                settings.putIfAbsent("symbol", plan.data().symbol());
                provider.create(ModelSettings.of(settings));
                if (modelsSeen.add(point.modelSettings())) {
                    ExecutionModels.from(lookup, base.simulatorOf(point));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("point " + point.index() + " " + point.allSettings() + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private Traded columnar(SweepPlan plan, SweepPoint point, Loaded data, ColumnarStrategy strategy) {
        BarSeries bars = data.bars();
        BaseRun base = plan.base();
        ColumnarConfig config = new ColumnarConfig(base.initialCash(), base.execution(), 0, 0, true, false,
                base.account().toAccount());
        ColumnarResult r = new ColumnarBacktest(config).run(bars, strategy);
        DailyReturns daily = DailyReturns.of(data.times(), r.equity(), base.initialCash(), r.ruinedAtNanos());
        PerformanceReport report = PerformanceReport.of(daily.returns(), plan.basis().options());
        return row(point, report, r.tradeStats(), r.finalEquity(), true, daily.dayTimes(), daily.returns(),
                r.trades());
    }

    private Traded event(SweepPlan plan, SweepPoint point, BarSeries bars, Strategy strategy) {
        BacktestConfig config = plan.base().configOf(point, plan.basis().periodsPerYear()).toBuilder()
                .retention(0, false).build();
        BacktestResult r = new BacktestEngine(config).run(strategy, bars.events());
        double[] returns = r.dailyReturns();
        PerformanceReport report = PerformanceReport.of(returns, plan.basis().options());
        return row(point, report, r.tradeStats(), r.finalEquity(), false, r.dailyTimesNanos(), returns, r.trades());
    }

    private static Traded row(SweepPoint point, PerformanceReport report, TradeStats stats, double finalEquity,
                              boolean columnar, long[] dayTimes, double[] returns, List<TradeRecord> trades) {
        double[] pnls = new double[trades.size()];
        for (int i = 0; i < pnls.length; i++) {
            pnls[i] = trades.get(i).netPnl();
        }
        return new Traded(new SweepRow(point, RunMetrics.of(report, stats.count(), stats.winRate(), finalEquity),
                columnar, dayTimes, returns), pnls);
    }

    /** The plan's bars inside its window, loading and slicing only when the source or window changed. */
    private synchronized Loaded bars(SweepPlan plan) {
        if (sliced != null && sliced.source().equals(plan.data()) && sliced.window().equals(plan.window())) {
            return sliced;
        }
        if (loaded == null || !loaded.source().equals(plan.data())) {
            loaded = new Loaded(plan.data(), BarWindow.ALL, plan.data().load(), new long[0]);
        }
        sliced = Loaded.of(plan.data(), plan.window(), plan.window().slice(loaded.bars()));
        return sliced;
    }
}

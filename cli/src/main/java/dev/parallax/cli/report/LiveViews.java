package dev.parallax.cli.report;

import dev.parallax.live.AccountFigures;
import dev.parallax.live.DailySummary;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LivePerformance;
import dev.parallax.live.TradeRecord;
import dev.parallax.metrics.CalendarReturns;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.metrics.MonthlyReturn;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link RunView} of a live account from its tracker, with its closed trades listed
 * (without a regime: the live tracker does not classify them). The tracker computes the return
 * figures under its own metric options, so it must have been opened with the options of the basis
 * the view states.
 */
public final class LiveViews {

    private LiveViews() {
    }

    /** The view of {@code tracker} with its daily closing equity as the equity curve. */
    public static RunView of(String name, LiveExecutionTracker tracker, MetricBasis basis) {
        List<DailySummary> days = tracker.dailySummaries();
        ZoneId zone = tracker.settings().zone();
        long[] millis = new long[days.size()];
        double[] equity = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            millis[i] = days.get(i).date().atTime(LocalTime.MAX).atZone(zone).toInstant().toEpochMilli();
            equity[i] = days.get(i).endingEquity();
        }
        return of(name, tracker, millis, equity, RunView.DAILY_CLOSES, basis);
    }

    /**
     * The view of {@code tracker} with the given equity curve (sampled while it was fed, say).
     *
     * @param curveBasis {@link RunView#EVERY_BAR} or {@link RunView#DAILY_CLOSES}: how often the curve was sampled
     * @throws IllegalArgumentException if the tracker's metric options are not those of {@code basis}
     */
    public static RunView of(String name, LiveExecutionTracker tracker, long[] equityMillis, double[] equity,
                             String curveBasis, MetricBasis basis) {
        if (!tracker.settings().metricOptions().equals(basis.options())) {
            throw new IllegalArgumentException("the live tracker computes its figures under "
                    + tracker.settings().metricOptions() + ", not on the " + basis.describe());
        }
        double[] pnl = tracker.trades().stream().filter(TradeRecord::closed).mapToDouble(TradeRecord::realizedPnl)
                .toArray();
        Map<YearMonth, Double> monthly = new LinkedHashMap<>();
        if (equityMillis.length > 0) {
            long[] nanos = new long[equityMillis.length];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = equityMillis[i] * 1_000_000L;
            }
            for (MonthlyReturn m : CalendarReturns.ofEquity(nanos, equity, tracker.settings().zone()).months()) {
                monthly.put(m.month(), m.value());
            }
        }
        AccountFigures a = tracker.account();
        LivePerformance p = tracker.performance();
        List<Metric> m = new ArrayList<>();
        m.add(Metric.of("initial_cash", "initial balance", MetricUnit.MONEY, a.initialBalance()));
        m.add(Metric.of("final_equity", "equity", MetricUnit.MONEY, a.equity()));
        m.add(Metric.of("total_return", "total return", MetricUnit.FRACTION, a.equity() / a.initialBalance() - 1));
        m.add(Metric.of("realized_pnl", "realised P&L", MetricUnit.MONEY, a.realizedPnl()));
        m.add(Metric.of("unrealized_pnl", "unrealised P&L", MetricUnit.MONEY, a.unrealizedPnl()));
        m.add(Metric.of("fees", "fees", MetricUnit.MONEY, a.fees()));
        m.add(Metric.of("cagr", "CAGR", MetricUnit.FRACTION, p.returns().cagr()));
        m.add(Metric.of("annual_volatility", "annual volatility", MetricUnit.FRACTION, p.returns().annualVolatility()));
        m.add(Metric.of("sharpe", "Sharpe", MetricUnit.RATIO, p.sharpe()));
        m.add(Metric.of("sortino", "Sortino", MetricUnit.RATIO, p.sortino()));
        m.add(Metric.of("max_drawdown_daily", "max drawdown, daily closes", MetricUnit.FRACTION, p.maxDrawdown()));
        if (RunView.EVERY_BAR.equals(curveBasis)) {
            m.add(Metric.of("max_drawdown_every_bar", "max drawdown, every bar", MetricUnit.FRACTION,
                    PointDrawdown.max(a.initialBalance(), equity)));
        }
        m.add(Metric.of("closed_trades", "closed trades", MetricUnit.COUNT, p.trades().count()));
        m.add(Metric.of("win_rate", "win rate", MetricUnit.FRACTION, p.winRate()));
        m.add(Metric.of("profit_factor", "profit factor", MetricUnit.RATIO, p.profitFactor()));
        m.add(Metric.of("open_trades", "open trades", MetricUnit.COUNT, a.openTrades()));
        m.add(Metric.text("circuit_breaker", "circuit breaker",
                tracker.breaker().tripped() ? "tripped: " + tracker.breaker().reason() : "ok"));
        List<TradeRow> trades = tracker.trades().stream().filter(t -> t.closed() && t.lastExitTime().isPresent())
                .map(t -> new TradeRow(t.symbol(), t.side() == dev.parallax.sim.api.Side.BUY ? "LONG" : "SHORT",
                        t.entryTime().toEpochMilli(), t.lastExitTime().get().toEpochMilli(), t.entryPrice(),
                        t.averageExitPrice(), t.exitedSize(), t.fees(), t.realizedPnl(), ""))
                .toList();
        return new RunView(name, equityMillis, equity, a.initialBalance(), curveBasis, pnl, monthly, basis, m, trades,
                List.of(), java.util.Optional.empty());
    }
}

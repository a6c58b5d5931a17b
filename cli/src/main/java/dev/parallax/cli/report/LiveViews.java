package dev.parallax.cli.report;

import dev.parallax.live.AccountFigures;
import dev.parallax.live.DailySummary;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LivePerformance;
import dev.parallax.live.TradeRecord;
import dev.parallax.metrics.CalendarReturns;
import dev.parallax.metrics.MonthlyReturn;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link RunView} of a live account from its tracker. */
public final class LiveViews {

    private LiveViews() {
    }

    /** The view of {@code tracker} with its daily closing equity as the equity curve. */
    public static RunView of(String name, LiveExecutionTracker tracker) {
        List<DailySummary> days = tracker.dailySummaries();
        ZoneId zone = tracker.settings().zone();
        long[] millis = new long[days.size()];
        double[] equity = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            millis[i] = days.get(i).date().atTime(LocalTime.MAX).atZone(zone).toInstant().toEpochMilli();
            equity[i] = days.get(i).endingEquity();
        }
        return of(name, tracker, millis, equity);
    }

    /** The view of {@code tracker} with the given equity curve (sampled while it was fed, say). */
    public static RunView of(String name, LiveExecutionTracker tracker, long[] equityMillis, double[] equity) {
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
        RunView.Figures figures = new RunView.Figures(a.equity() / a.initialBalance() - 1, p.winRate(),
                p.profitFactor(), p.sharpe(), -Math.abs(p.maxDrawdown()), p.trades().count(), a.fees());
        Map<String, String> t = new LinkedHashMap<>();
        t.put("initial balance", Format.money(a.initialBalance()));
        t.put("equity", Format.money(a.equity()));
        t.put("total return", Format.percent(figures.totalReturn()));
        t.put("realised P&L", Format.money(a.realizedPnl()));
        t.put("unrealised P&L", Format.money(a.unrealizedPnl()));
        t.put("fees", Format.money(a.fees()));
        t.put("Sharpe", Format.number(p.sharpe(), 2));
        t.put("Sortino", Format.number(p.sortino(), 2));
        t.put("max drawdown", Format.percent(p.maxDrawdown()));
        t.put("closed trades", String.valueOf(p.trades().count()));
        t.put("win rate", Format.percent(p.winRate()));
        t.put("profit factor", Format.number(p.profitFactor(), 2));
        t.put("open trades", String.valueOf(a.openTrades()));
        t.put("circuit breaker", tracker.breaker().tripped() ? "tripped: " + tracker.breaker().reason() : "ok");
        return new RunView(name, equityMillis, equity, pnl, monthly, figures, t);
    }
}

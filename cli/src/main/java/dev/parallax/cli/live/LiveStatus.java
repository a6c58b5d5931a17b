package dev.parallax.cli.live;

import dev.parallax.alert.Alert;
import dev.parallax.cli.report.Format;
import dev.parallax.live.AccountFigures;
import dev.parallax.live.DailySummary;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LivePerformance;
import dev.parallax.live.OpenPosition;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The status of a live tracker as text. */
public final class LiveStatus {

    private static final int UNDELIVERED_SHOWN = 999;

    private LiveStatus() {
    }

    /**
     * Prints account, circuit breaker, the alerts still waiting in the outbox (only when there are),
     * open positions, performance and the last days.
     */
    public static void print(PrintWriter out, LiveExecutionTracker t) {
        AccountFigures a = t.account();
        out.println("strategy " + t.settings().strategy() + " (" + t.storeLocation() + ", " + t.eventCount() + " events)");
        out.println("  balance " + Format.money(a.balance()) + ", equity " + Format.money(a.equity()) + ", realised "
                + Format.money(a.realizedPnl()) + ", unrealised " + Format.money(a.unrealizedPnl()) + ", fees "
                + Format.money(a.fees()) + ", drawdown " + Format.percent(a.drawdown()));
        out.println("  circuit breaker: " + (t.breaker().tripped() ? "TRIPPED - " + t.breaker().reason()
                : "ok, entries allowed"));
        List<Alert> waiting = t.undeliveredAlerts(UNDELIVERED_SHOWN + 1);
        if (!waiting.isEmpty()) {
            Alert oldest = waiting.get(0);
            out.println("  alerts waiting for delivery: " + (waiting.size() > UNDELIVERED_SHOWN ? "more than "
                    + UNDELIVERED_SHOWN : waiting.size()) + " (oldest: " + oldest.source().label() + " "
                    + oldest.kind() + " at " + oldest.time() + ", id " + oldest.id() + ")");
        }
        List<OpenPosition> open = t.openPositions();
        out.println("  open trades: " + open.size());
        for (OpenPosition p : open) {
            out.println("    " + p.tradeId() + " " + p.side() + " " + p.openSize() + " " + p.symbol() + " @ "
                    + p.entryPrice() + ", last " + p.lastPrice() + ", unrealised " + Format.money(p.unrealizedPnl()));
        }
        LivePerformance perf = t.performance();
        out.println("  closed trades " + perf.trades().count() + ", win rate " + Format.percent(perf.winRate())
                + ", profit factor " + Format.number(perf.profitFactor(), 2) + ", Sharpe "
                + Format.number(perf.sharpe(), 2) + ", max drawdown " + Format.percent(perf.maxDrawdown()));
        List<DailySummary> days = t.dailySummaries();
        for (DailySummary d : days.subList(Math.max(0, days.size() - 7), days.size())) {
            out.println(String.format(Locale.ROOT, "    %s  entries %d, exits %d, P&L %s, equity %s%s", d.date(),
                    d.entries(), d.exits(), Format.money(d.equityChange()), Format.money(d.endingEquity()),
                    d.limitsTripped().isEmpty() ? "" : ", risk events " + d.limitsTripped().size()));
        }
    }
}

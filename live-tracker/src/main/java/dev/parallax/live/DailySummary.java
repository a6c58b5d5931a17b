package dev.parallax.live;

import dev.parallax.metrics.TradeStats;
import java.time.LocalDate;
import java.util.List;

/**
 * One trading day of the live account. Days are calendar dates in the tracker's zone; an event
 * counts on the day of its own time.
 *
 * @param date           the trading day
 * @param startingEquity equity just before the day's first event
 * @param endingEquity   equity just after the day's last event, or after an event of an earlier
 *                       day that was recorded later (inside the time skew)
 * @param entries        trades entered on the day (an execution that opened a trade counts one)
 * @param exits          exit fills on the day, partial ones included (an execution counts one per trade it
 *                       closed all or part of)
 * @param closedTrades   statistics of the trades that closed on the day (win rate, profit factor,
 *                       ...), computed by the metrics module's {@link TradeStats}
 * @param realizedPnl    gross P&amp;L of the day's exits minus the fees paid on the day
 * @param fees           fees paid on the day
 * @param limitsTripped  risk events of the day: limits tripped, alerts, resets
 */
public record DailySummary(LocalDate date, double startingEquity, double endingEquity, int entries, int exits,
                           TradeStats closedTrades, double realizedPnl, double fees, List<RiskEvent> limitsTripped) {

    /** Checks that nothing is null and copies the list. */
    public DailySummary {
        if (date == null || closedTrades == null || limitsTripped == null) {
            throw new IllegalArgumentException("date, closedTrades and limitsTripped must not be null");
        }
        limitsTripped = List.copyOf(limitsTripped);
    }

    /** Win rate of the trades closed on the day; NaN when none closed. */
    public double winRate() {
        return closedTrades.winRate();
    }

    /** {@code endingEquity - startingEquity}: realised and unrealised P&amp;L of the day. */
    public double equityChange() {
        return endingEquity - startingEquity;
    }
}

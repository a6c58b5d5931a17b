package dev.parallax.live;

import java.time.Instant;
import java.util.List;

/**
 * State and performance of a live tracker at one moment, as written by the JSON export.
 *
 * @param strategy       the strategy
 * @param asOf           when the snapshot was taken, by the tracker's clock
 * @param account        balance, equity, P&amp;L and fees
 * @param breaker        the circuit breaker
 * @param openPositions  open trades in entry order
 * @param trades         every trade in entry order
 * @param riskEvents     every limit trip, alert and reset
 * @param performance    performance figures by the metrics module
 * @param dailySummaries every day with an event, in date order
 */
public record LiveSnapshot(String strategy, Instant asOf, AccountFigures account, BreakerState breaker,
                           List<OpenPosition> openPositions, List<TradeRecord> trades, List<RiskEvent> riskEvents,
                           LivePerformance performance, List<DailySummary> dailySummaries) {

    /** Checks that nothing is null and copies the lists. */
    public LiveSnapshot {
        if (strategy == null || asOf == null || account == null || breaker == null || performance == null) {
            throw new IllegalArgumentException("strategy, asOf, account, breaker and performance must not be null");
        }
        openPositions = List.copyOf(openPositions);
        trades = List.copyOf(trades);
        riskEvents = List.copyOf(riskEvents);
        dailySummaries = List.copyOf(dailySummaries);
    }
}

package dev.parallax.parity;

import dev.parallax.sim.api.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Builders of executions for tests. */
final class Trades {

    private Trades() {
    }

    static Instant noonUtc(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static BacktestExecution backtest(String id, Side side, double size, double price, Instant time, double fee) {
        return new BacktestExecution(id, "BTCUSDT", side, size, price, time, fee);
    }

    static LiveExecution live(String id, double price, Instant time, double fee, double slippage, long latencyMillis) {
        return new LiveExecution(id, price, time, fee, slippage, Duration.ofMillis(latencyMillis));
    }

    /**
     * Records a buy of 1 at 100 in the backtest and live at the same instant, fee 0 on both sides,
     * no reported slippage, 100 ms latency, with the live price {@code bps} worse. The whole
     * difference is then market impact: slippage, fee and timing components are 0.
     */
    static TradeComparison recordWithDifference(ParityTracker tracker, String id, Instant time, double bps) {
        tracker.recordBacktest(backtest(id, Side.BUY, 1, 100, time, 0));
        return tracker.recordLive(live(id, 100 * (1 + bps / 10_000), time, 0, 0, 100)).orElseThrow();
    }

    /**
     * Records ten trades on {@code day} with price differences +d, -d, +d, ... whose sample standard
     * deviation is {@code trackingErrorBps}: mean 0, every deviation d, so sd = d·sqrt(10/9).
     */
    static void recordTenTradesWithTrackingError(ParityTracker tracker, String prefix, LocalDate day,
                                                 double trackingErrorBps) {
        double d = trackingErrorBps / Math.sqrt(10.0 / 9.0);
        for (int i = 0; i < 10; i++) {
            recordWithDifference(tracker, prefix + i, noonUtc(day).plusSeconds(i), i % 2 == 0 ? d : -d);
        }
    }
}

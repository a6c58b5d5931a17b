package dev.parallax.parity;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Builders of fills for tests; every one is of BTCUSDT. */
final class Trades {

    private Trades() {
    }

    static Instant noonUtc(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** A backtest fill: taker, no slippage, no latency. */
    static Fill backtest(String id, Side side, double size, double price, Instant time, double fee) {
        return new Fill(id, "BTCUSDT", side, price, size, fee, FillType.TAKER, 0, 0, EpochNanos.of(time), false);
    }

    /** A live buy of 1 (the size does not enter any figure: costs are measured on the backtest's). */
    static Fill live(String id, double price, Instant time, double fee, double slippageBps, long latencyMillis) {
        return live(id, Side.BUY, price, time, fee, slippageBps, latencyMillis);
    }

    /** A live fill of size 1 on {@code side}. */
    static Fill live(String id, Side side, double price, Instant time, double fee, double slippageBps,
                     long latencyMillis) {
        return new Fill(id, "BTCUSDT", side, price, 1, fee, FillType.TAKER, latencyMillis * 1_000_000,
                slippageBps, EpochNanos.of(time), false);
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

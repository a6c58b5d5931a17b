package dev.parallax.live;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.time.Instant;

/** Backtest fills for the tests that feed a parity tracker. */
public final class BacktestFills {

    private BacktestFills() {
    }

    /** A whole taker fill without slippage or latency, in the argument order of the old backtest execution. */
    public static Fill of(String orderId, String symbol, Side side, double size, double price, Instant time,
                          double fee) {
        return new Fill(orderId, symbol, side, price, size, fee, FillType.TAKER, 0, 0, EpochNanos.of(time), false);
    }
}

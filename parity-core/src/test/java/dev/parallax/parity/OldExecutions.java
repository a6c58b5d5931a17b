package dev.parallax.parity;

import dev.parallax.parity.state.BinaryOutput;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import java.time.Duration;

/**
 * Writes fills as the executions of the builds before fills wrote them (parity state formats 1 and
 * 2, archived trade format 1), field by field, for the tests that read old bytes.
 */
final class OldExecutions {

    private OldExecutions() {
    }

    /** The old backtest execution: trade id, symbol, side, size, price, time, fee. */
    static void writeBacktest(BinaryOutput out, Fill b) {
        out.writeText(b.orderId());
        out.writeText(b.symbol());
        out.writeText(b.side().name());
        out.writeDouble(b.size());
        out.writeDouble(b.price());
        out.writeTime(EpochNanos.instant(b.timeNanos()));
        out.writeDouble(b.fee());
    }

    /** The old live execution: trade id, price, time, fee, slippage as a fraction, latency. */
    static void writeLive(BinaryOutput out, Fill l, double slippageFraction) {
        out.writeText(l.orderId());
        out.writeDouble(l.price());
        out.writeTime(EpochNanos.instant(l.timeNanos()));
        out.writeDouble(l.fee());
        out.writeDouble(slippageFraction);
        out.writeDuration(Duration.ofNanos(l.latencyNanos()));
    }
}

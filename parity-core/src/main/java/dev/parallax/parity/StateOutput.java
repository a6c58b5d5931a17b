package dev.parallax.parity;

import dev.parallax.parity.state.BinaryOutput;

/** Writes the executions of a parity tracker's state; {@link StateInput} reads them back. */
final class StateOutput extends BinaryOutput {

    void writeBacktest(BacktestExecution b) {
        writeText(b.tradeId());
        writeText(b.symbol());
        writeText(b.side().name());
        writeDouble(b.size());
        writeDouble(b.price());
        writeTime(b.time());
        writeDouble(b.fee());
    }

    void writeLive(LiveExecution l) {
        writeText(l.tradeId());
        writeDouble(l.price());
        writeTime(l.time());
        writeDouble(l.fee());
        writeDouble(l.slippage());
        writeDuration(l.latency());
    }
}

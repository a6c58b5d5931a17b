package dev.parallax.parity;

import dev.parallax.parity.state.BinaryOutput;
import dev.parallax.sim.api.Fill;

/** Writes the fills of a parity tracker's state; {@link StateInput} reads them back. */
final class StateOutput extends BinaryOutput {

    /** Writes every field of {@code fill}, in the order of the record. */
    void writeFill(Fill fill) {
        writeText(fill.orderId());
        writeText(fill.symbol());
        writeText(fill.side().name());
        writeDouble(fill.price());
        writeDouble(fill.size());
        writeDouble(fill.fee());
        writeText(fill.fillType().name());
        writeLong(fill.latencyNanos());
        writeDouble(fill.slippageBps());
        writeLong(fill.timeNanos());
        writeBoolean(fill.partial());
    }
}

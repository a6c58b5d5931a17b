package dev.parallax.live;

import dev.parallax.ledger.SumState;
import dev.parallax.parity.state.BinaryOutput;
import dev.parallax.sim.api.CompensatedSum;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes the parts of the tracker's state into the binary form of a {@link StateSnapshot}, field
 * by field ({@link BinaryOutput}) and record by record. {@link SnapshotReader} reads them back in the
 * same order.
 */
final class SnapshotWriter extends BinaryOutput {

    private final boolean lotsWhole;

    /** A writer of the current format. */
    SnapshotWriter() {
        this(StateSnapshots.FORMAT);
    }

    /**
     * A writer of {@code format}: the current one, or format 5 (open trades as their entries alone,
     * no execution), which only tests of reading older snapshots write.
     */
    SnapshotWriter(int format) {
        this.lotsWhole = format >= StateSnapshots.FORMAT_WITH_EXECUTIONS;
    }

    /** True when each open trade is written whole (format 6 on), see {@link SnapshotReader#lotsWhole()}. */
    boolean lotsWhole() {
        return lotsWhole;
    }

    /** A time that may be absent: a flag, then the time when present. */
    void writeOptionalTime(Instant time) {
        writeBoolean(time != null);
        if (time != null) {
            writeTime(time);
        }
    }

    /** A date that may be absent: a flag, then the date when present. */
    void writeOptionalDate(LocalDate date) {
        writeBoolean(date != null);
        if (date != null) {
            writeDate(date);
        }
    }

    /** The whole state of {@code sum}, correction term included, so it resumes bit for bit. */
    void writeSum(CompensatedSum sum) {
        writeSum(SumState.of(sum));
    }

    /** The whole state of a sum, as {@link #writeSum(CompensatedSum)} writes it. */
    void writeSum(SumState sum) {
        writeDouble(sum.uncompensated());
        writeDouble(sum.compensation());
        writeLong(sum.count());
    }

    void writeEntry(LiveEntry entry) {
        writeText(entry.tradeId());
        writeText(entry.symbol());
        writeText(entry.side().name());
        writeDouble(entry.size());
        writeDouble(entry.price());
        writeDouble(entry.fee());
        writeTime(entry.time());
        writeDouble(entry.fill().slippageBps());
        writeLong(entry.fill().latencyNanos());
        writeText(entry.fill().fillType().name());
        writeBoolean(entry.fill().partial());
    }
}

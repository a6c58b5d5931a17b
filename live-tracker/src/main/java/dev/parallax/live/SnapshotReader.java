package dev.parallax.live;

import dev.parallax.ledger.SumState;
import dev.parallax.parity.state.BinaryInput;
import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads what {@link SnapshotWriter} wrote, in the same order ({@link BinaryInput}). Every value goes
 * through the validation of the type it makes, so bytes that do not make a valid state are refused
 * with {@link IllegalArgumentException} rather than trusted.
 */
final class SnapshotReader extends BinaryInput {

    SnapshotReader(byte[] bytes, int offset, int length) {
        super(bytes, offset, length, "the snapshot");
    }

    /** A time written by {@link SnapshotWriter#writeOptionalTime}, or null when absent. */
    Instant readOptionalTime() {
        return readBoolean() ? readTime() : null;
    }

    /** A date written by {@link SnapshotWriter#writeOptionalDate}, or null when absent. */
    LocalDate readOptionalDate() {
        return readBoolean() ? readDate() : null;
    }

    CompensatedSum readSum() {
        return CompensatedSum.resume(readDouble(), readDouble(), readLong());
    }

    /** A sum's state written by {@link SnapshotWriter#writeSum(SumState)}. */
    SumState readSumState() {
        return new SumState(readDouble(), readDouble(), readLong());
    }

    LiveEntry readEntry() {
        return new LiveEntry(readText(), readText(), Side.valueOf(readText()), readDouble(), readDouble(),
                readDouble(), readTime(), new ExecutionQuality(readDouble(), Duration.ofNanos(readLong())));
    }
}

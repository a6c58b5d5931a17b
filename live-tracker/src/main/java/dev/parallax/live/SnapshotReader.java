package dev.parallax.live;

import dev.parallax.ledger.SumState;
import dev.parallax.parity.state.BinaryInput;
import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads what {@link SnapshotWriter} wrote, in the same order ({@link BinaryInput}). Every value goes
 * through the validation of the type it makes, so bytes that do not make a valid state are refused
 * with {@link IllegalArgumentException} rather than trusted.
 */
final class SnapshotReader extends BinaryInput {

    /** True for snapshots of formats before fills: entries hold slippage as a fraction and no fill type. */
    private boolean entriesBeforeFills;
    /** True for snapshots that write each open trade's lot whole, executions' trades included. */
    private boolean lotsWhole = true;

    SnapshotReader(byte[] bytes, int offset, int length) {
        super(bytes, offset, length, "the snapshot");
    }

    /**
     * Reads what the snapshot format {@code format} wrote: entries as the formats before fills wrote
     * them up to {@link StateSnapshots#FORMAT_BEFORE_FILLS}, open trades as their entries alone before
     * {@link StateSnapshots#FORMAT_WITH_EXECUTIONS}.
     */
    void format(int format) {
        entriesBeforeFills = format <= StateSnapshots.FORMAT_BEFORE_FILLS;
        lotsWhole = format >= StateSnapshots.FORMAT_WITH_EXECUTIONS;
    }

    /** True when each open trade is written whole (format 6 on), false when it is its entry alone. */
    boolean lotsWhole() {
        return lotsWhole;
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
        String tradeId = readText();
        String symbol = readText();
        Side side = Side.valueOf(readText());
        double size = readDouble();
        double price = readDouble();
        double fee = readDouble();
        long time = EpochNanos.of(readTime());
        double slippage = readDouble();
        long latency = readLong();
        if (entriesBeforeFills) {
            return new LiveEntry(new Fill(tradeId, symbol, side, price, size, fee, LiveEntry.UNREPORTED_FILL_TYPE,
                    latency, slippage * 10_000, time, false));
        }
        FillType type = FillType.valueOf(readText());
        return new LiveEntry(new Fill(tradeId, symbol, side, price, size, fee, type, latency, slippage, time,
                readBoolean()));
    }
}

package dev.parallax.live;

import dev.parallax.ledger.PositionMode;
import dev.parallax.parity.ParityTracker;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The binary form of a {@link StateSnapshot}: a magic number ({@code PLXS}, or {@code PLXN} for a
 * tracker that nets positions), the format version, the initial
 * balance and trading-day zone the state was derived with, the digest ({@link EventDigest}) of the
 * last event it covers, the state itself ({@link TrackerState#writeTo}), then, when a parity tracker
 * is attached, the number of events its state covers, the archive generation of its completed
 * trades, and its state (opaque bytes with their own format and checksum: {@link ParityTracker#saveState()}
 * when the generation is 0, else a {@link dev.parallax.parity.ParityCheckpoint#state()} that counts
 * the store's trades of that generation), and a CRC-32 of all that.
 *
 * <p>{@link #decode} trusts nothing: a wrong magic number or checksum, an older or newer format, other
 * settings, a count that differs from the snapshot's, bytes left over, or a value its type refuses
 * all make it throw, and the tracker then replays every event instead.
 */
final class StateSnapshots {

    /**
     * The format this build writes. Format 1 held every trade, exit id and closed trade; format 2
     * holds only open trades, running sums, the breaker and day tallies; format 3 adds the parity
     * tracker's whole state; format 4 adds the archive generation of the parity trades kept in the
     * store; format 5 writes each open trade's entry as its whole {@link dev.parallax.sim.api.Fill}
     * (slippage in bps, fill type); format 6 writes each open trade's lot whole (entered size and
     * notional, cost basis; the trades executions opened, which have no entry) and whether an
     * execution was booked. Formats 2 to 6 are read: a format 2 snapshot has no parity state, a
     * format 3 one is read as generation 0 (the whole state, every completed trade in it), and the
     * entries of formats 2 to 4 are read as the store reads its rows of before fills (slippage given as
     * a fraction times 10,000, fill type {@link LiveEntry#UNREPORTED_FILL_TYPE}).
     */
    static final int FORMAT = 6;
    /** The format that added the trades executions opened ({@link LiveExecution}). */
    static final int FORMAT_WITH_EXECUTIONS = 6;
    /** The last format whose entries held slippage as a fraction and no fill type; read, never written. */
    static final int FORMAT_BEFORE_FILLS = 4;
    /** The format that added the parity tracker's whole state; read, never written. */
    static final int FORMAT_WITH_WHOLE_PARITY = 3;
    /** The format before the parity state was added; read, never written. */
    static final int FORMAT_WITHOUT_PARITY = 2;
    private static final int MAGIC = 0x504C5853; // "PLXS"
    /**
     * The magic number of the snapshot of a tracker whose position mode is NETTING: the same layout
     * with the account's netting ledger after the per-trade books (cash, P&amp;L and fee sums, open
     * positions with their round trips). A tracker refuses the snapshot of the other mode, and
     * replays its events instead.
     */
    static final int NETTING_MAGIC = 0x504C584E; // "PLXN"
    private static final int CRC_BYTES = Integer.BYTES;

    /**
     * A parity tracker's saved state and the number of events offered to it when it was saved (at
     * most the snapshot's count: inside a commit group the group's fills are offered once it commits).
     *
     * @param generation 0 when {@code state} is the tracker's whole state ({@link ParityTracker#saveState()});
     *                   else the archive generation whose stored trades, with {@code state}, make it
     */
    record ParityPart(long eventCount, long generation, byte[] state) {

        /** Checks that the generation is not negative. */
        ParityPart {
            if (generation < 0) {
                throw new IllegalArgumentException("generation must be >= 0, was " + generation);
            }
        }

        /** True when the completed trades are in the store's archive of {@link #generation()}. */
        boolean archived() {
            return generation > 0;
        }
    }

    /** A decoded snapshot: the state, the digest of the last event it covers, and the parity state if any. */
    record Restored(TrackerState state, long lastEventDigest, Optional<ParityPart> parity) {
    }

    private StateSnapshots() {
    }

    /** The snapshot of {@code state}, whose last event has digest {@code lastEventDigest}. */
    static StateSnapshot encode(TrackerState state, LiveTrackerSettings settings, long lastEventDigest) {
        return encode(state, settings, lastEventDigest, Optional.empty());
    }

    /** The snapshot of {@code state} with the parity tracker's state, if any. */
    static StateSnapshot encode(TrackerState state, LiveTrackerSettings settings, long lastEventDigest,
                                Optional<ParityPart> parity) {
        return encode(state, settings, lastEventDigest, parity, FORMAT);
    }

    /**
     * The snapshot in {@code format}: {@link #FORMAT}, or format 5 for a state without executions,
     * which only tests of reading older snapshots write.
     */
    static StateSnapshot encode(TrackerState state, LiveTrackerSettings settings, long lastEventDigest,
                                Optional<ParityPart> parity, int format) {
        SnapshotWriter out = new SnapshotWriter(format);
        out.writeInt(settings.positionMode() == PositionMode.NETTING ? NETTING_MAGIC : MAGIC);
        out.writeInt(format);
        out.writeDouble(settings.initialBalance());
        out.writeText(settings.zone().getId());
        out.writeLong(lastEventDigest);
        state.writeTo(out);
        out.writeBoolean(parity.isPresent());
        parity.ifPresent(part -> {
            out.writeLong(part.eventCount());
            out.writeLong(part.generation());
            out.writeBytes(part.state());
        });
        byte[] body = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] all = ByteBuffer.allocate(body.length + CRC_BYTES).put(body).putInt((int) crc.getValue()).array();
        return new StateSnapshot(state.eventCount(), all);
    }

    /**
     * The state in {@code snapshot}, for {@code settings}.
     *
     * @throws IllegalArgumentException if the snapshot is corrupt, of a newer format, was derived with
     *                                  another initial balance or zone, or does not cover
     *                                  {@code snapshot.eventCount()} events; the message says which
     */
    static Restored decode(StateSnapshot snapshot, LiveTrackerSettings settings) {
        byte[] bytes = snapshot.state();
        if (bytes.length < 2 * Integer.BYTES + CRC_BYTES) {
            throw new IllegalArgumentException("the snapshot is " + bytes.length + " bytes long, too short to hold "
                    + "its header");
        }
        int bodyLength = bytes.length - CRC_BYTES;
        SnapshotReader in = new SnapshotReader(bytes, 0, bodyLength);
        int magic = in.readInt();
        if (magic != MAGIC && magic != NETTING_MAGIC) {
            throw new IllegalArgumentException("the snapshot starts with " + Integer.toHexString(magic)
                    + ", not the magic number " + Integer.toHexString(MAGIC));
        }
        int format = in.readInt();
        in.format(format);
        if (format > FORMAT) {
            throw new IllegalArgumentException("the snapshot has format " + format + ", newer than the format "
                    + FORMAT + " this build reads");
        }
        if (format < FORMAT_WITHOUT_PARITY) {
            throw new IllegalArgumentException("the snapshot has format " + format + ", older than the formats "
                    + FORMAT_WITHOUT_PARITY + " to " + FORMAT + " this build reads");
        }
        if ((magic == NETTING_MAGIC) != (settings.positionMode() == PositionMode.NETTING)) {
            throw new IllegalArgumentException("the snapshot holds " + (magic == NETTING_MAGIC ? "netting" : "per-trade")
                    + " account books, but the settings say " + settings.positionMode());
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bodyLength);
        int stored = ByteBuffer.wrap(bytes, bodyLength, CRC_BYTES).getInt();
        if (stored != (int) crc.getValue()) {
            throw new IllegalArgumentException("the snapshot's checksum " + Integer.toHexString(stored)
                    + " does not match its content (" + Long.toHexString(crc.getValue()) + "); it is corrupt");
        }
        double balance = in.readDouble();
        if (Double.doubleToLongBits(balance) != Double.doubleToLongBits(settings.initialBalance())) {
            throw new IllegalArgumentException("the snapshot was taken with initial balance " + balance
                    + ", the settings say " + settings.initialBalance());
        }
        String zone = in.readText();
        if (!zone.equals(settings.zone().getId())) {
            throw new IllegalArgumentException("the snapshot was taken with trading-day zone " + zone
                    + ", the settings say " + settings.zone().getId());
        }
        long lastEventDigest = in.readLong();
        TrackerState state = TrackerState.readFrom(in, settings);
        if (state.eventCount() != snapshot.eventCount()) {
            throw new IllegalArgumentException("the snapshot's state covers " + state.eventCount()
                    + " events, but it is stored as covering " + snapshot.eventCount());
        }
        Optional<ParityPart> parity = Optional.empty();
        if (format >= FORMAT_WITH_WHOLE_PARITY && in.readBoolean()) {
            long covered = in.readLong();
            if (covered < 0 || covered > state.eventCount()) {
                throw new IllegalArgumentException("the parity state covers " + covered + " events, which must be "
                        + "between 0 and the snapshot's " + state.eventCount());
            }
            long generation = format == FORMAT_WITH_WHOLE_PARITY ? 0 : in.readLong();
            parity = Optional.of(new ParityPart(covered, generation, in.readBytes()));
        }
        if (in.remaining() != 0) {
            throw new IllegalArgumentException("the snapshot has " + in.remaining() + " bytes after its last field");
        }
        return new Restored(state, lastEventDigest, parity);
    }
}

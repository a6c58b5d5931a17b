package dev.parallax.parity;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The binary form of a {@link ParityTracker}'s state ({@link ParityTracker#saveState()}): a magic
 * number, the format version, the limits the trades were judged by ({@link ParityLimits}, as text),
 * the ledger (every one-sided fill, every completed trade held in memory as its two fills,
 * the number of completed trades kept in a {@link TradeArchive} instead, the count and digest of the
 * backtest executions and returns given, each day's running totals, the recorded returns), the status
 * with its disable reason and the day judged for it, and a CRC-32 of all that. Format 3 writes every
 * field of each {@link dev.parallax.sim.api.Fill}. Format 2 held the executions before fills (no
 * fill type, slippage as a fraction, no symbol, side or size for live ones) and format 1, written
 * before archives, had neither the archived count nor the digest; both are still read (see
 * {@link TradeLedger#readFrom}).
 *
 * <p>{@link #decode} trusts nothing: a wrong magic number or checksum, another format, other limits,
 * bytes left over, or a value its type refuses all make it throw, before anything is restored.
 */
final class ParityStateFormat {

    /** The format this build writes: fills. */
    static final int FORMAT = 3;
    /** The format of executions before fills, with archives, still read. */
    static final int FORMAT_BEFORE_FILLS = 2;
    /** The format before archives, still read: every completed trade is in it. */
    static final int FORMAT_WITHOUT_ARCHIVE = 1;
    private static final int MAGIC = 0x504C5850; // "PLXP"
    private static final int CRC_BYTES = Integer.BYTES;

    /** A decoded state. */
    record Decoded(TradeLedger ledger, ParityStatus status, String disableReason, Optional<LocalDate> disabledDay) {
    }

    private ParityStateFormat() {
    }

    /**
     * The state with every completed trade the ledger holds, or, for a {@code checkpoint}, with none
     * of them: those not archived yet are counted as archived ({@link TradeLedger#writeCheckpointTo}).
     */
    static byte[] encode(ParityLimits limits, TradeLedger ledger, ParityStatus status, String disableReason,
                         Optional<LocalDate> disabledDay, boolean checkpoint) {
        StateOutput out = new StateOutput();
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeText(limits.toString());
        if (checkpoint) {
            ledger.writeCheckpointTo(out);
        } else {
            ledger.writeTo(out);
        }
        out.writeText(status.name());
        out.writeText(disableReason);
        out.writeBoolean(disabledDay.isPresent());
        disabledDay.ifPresent(out::writeDate);
        byte[] body = out.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(body);
        return ByteBuffer.allocate(body.length + CRC_BYTES).put(body).putInt((int) crc.getValue()).array();
    }

    /**
     * The state in {@code bytes}, judged by {@code limits}.
     *
     * @throws IllegalArgumentException if the bytes are corrupt, of another format, or were judged
     *                                  by other limits; the message says which
     */
    static Decoded decode(byte[] bytes, ParityLimits limits) {
        if (bytes.length < 2 * Integer.BYTES + CRC_BYTES) {
            throw new IllegalArgumentException("the parity state is " + bytes.length + " bytes long, too short to "
                    + "hold its header");
        }
        int bodyLength = bytes.length - CRC_BYTES;
        StateInput in = new StateInput(bytes, 0, bodyLength);
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IllegalArgumentException("the parity state starts with " + Integer.toHexString(magic)
                    + ", not the magic number " + Integer.toHexString(MAGIC));
        }
        int format = in.readInt();
        if (format != FORMAT && format != FORMAT_BEFORE_FILLS && format != FORMAT_WITHOUT_ARCHIVE) {
            throw new IllegalArgumentException("the parity state has format " + format + "; this build reads "
                    + "formats " + FORMAT_WITHOUT_ARCHIVE + " to " + FORMAT);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bodyLength);
        int stored = ByteBuffer.wrap(bytes, bodyLength, CRC_BYTES).getInt();
        if (stored != (int) crc.getValue()) {
            throw new IllegalArgumentException("the parity state's checksum " + Integer.toHexString(stored)
                    + " does not match its content (" + Long.toHexString(crc.getValue()) + "); it is corrupt");
        }
        String judgedBy = in.readText();
        if (!judgedBy.equals(limits.toString())) {
            throw new IllegalArgumentException("the parity state was judged by the limits " + judgedBy
                    + ", the tracker runs under " + limits);
        }
        TradeLedger ledger = TradeLedger.readFrom(in, limits.zone(), format);
        ParityStatus status = status(in.readText());
        String reason = in.readText();
        Optional<LocalDate> day = in.readBoolean() ? Optional.of(in.readDate()) : Optional.empty();
        if ((status == ParityStatus.DISABLED) == reason.isEmpty()) {
            throw new IllegalArgumentException("a disable reason must be given exactly when the status is DISABLED, "
                    + "was status " + status + " with reason '" + reason + "'");
        }
        if (in.remaining() != 0) {
            throw new IllegalArgumentException("the parity state has " + in.remaining() + " bytes after its last "
                    + "field");
        }
        return new Decoded(ledger, status, reason, day);
    }

    private static ParityStatus status(String name) {
        try {
            return ParityStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of ACTIVE, WARNING, CRITICAL, DISABLED, was '"
                    + name + "'", e);
        }
    }
}

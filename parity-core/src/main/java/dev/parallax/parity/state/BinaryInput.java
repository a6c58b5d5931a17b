package dev.parallax.parity.state;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads what {@link BinaryOutput} wrote, in the same order. Nothing is trusted: running out of
 * bytes, a flag other than 0 or 1, a count the remaining bytes cannot hold, or a time out of range
 * throws {@link IllegalArgumentException} naming what is read, so a corrupt state is refused rather
 * than half-read. Subclasses add the records of their own state, each through the validation of the
 * type it makes.
 */
public class BinaryInput {

    private final ByteBuffer in;
    private final String what;

    /**
     * Reads {@code length} bytes of {@code bytes} from {@code offset}; {@code what} names the state
     * in messages ("the snapshot").
     */
    public BinaryInput(byte[] bytes, int offset, int length, String what) {
        this.in = ByteBuffer.wrap(bytes, offset, length);
        this.what = what;
    }

    /** Reads four bytes. */
    public final int readInt() {
        try {
            return in.getInt();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    /** Reads eight bytes. */
    public final long readLong() {
        try {
            return in.getLong();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    /** Reads a double from its bits. */
    public final double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    /** Reads a flag, which must be 0 or 1. */
    public final boolean readBoolean() {
        byte value;
        try {
            value = in.get();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException("a flag must be 0 or 1, was " + value);
        }
        return value == 1;
    }

    /** A count of items that follow, each at least {@code minBytes} long; refuses one the rest cannot hold. */
    public final int readCount(int minBytes) {
        int count = readInt();
        if (count < 0 || (long) count * minBytes > in.remaining()) {
            throw new IllegalArgumentException("a count must be between 0 and what the remaining " + in.remaining()
                    + " bytes can hold, was " + count);
        }
        return count;
    }

    /** Reads a text written by {@link BinaryOutput#writeText}. */
    public final String readText() {
        return new String(readBytes(), StandardCharsets.UTF_8);
    }

    /** Reads bytes written by {@link BinaryOutput#writeBytes}. */
    public final byte[] readBytes() {
        byte[] bytes = new byte[readCount(1)];
        in.get(bytes);
        return bytes;
    }

    /** Reads a time written by {@link BinaryOutput#writeTime}. */
    public final Instant readTime() {
        long seconds = readLong();
        int nanos = nanos(readInt(), "time");
        try {
            return Instant.ofEpochSecond(seconds, nanos);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a time must lie within Instant's range, was " + seconds + " s", e);
        }
    }

    /** Reads a duration written by {@link BinaryOutput#writeDuration}. */
    public final Duration readDuration() {
        long seconds = readLong();
        return Duration.ofSeconds(seconds, nanos(readInt(), "duration"));
    }

    /** Reads a date written by {@link BinaryOutput#writeDate}. */
    public final LocalDate readDate() {
        long day = readLong();
        try {
            return LocalDate.ofEpochDay(day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a date must lie within LocalDate's range, was epoch day " + day, e);
        }
    }

    /** The number of bytes not read yet. */
    public final int remaining() {
        return in.remaining();
    }

    private static int nanos(int nanos, String of) {
        if (nanos < 0 || nanos > 999_999_999) {
            throw new IllegalArgumentException("nanoseconds of a " + of + " must be in [0, 999999999], was " + nanos);
        }
        return nanos;
    }

    private IllegalArgumentException truncated() {
        return new IllegalArgumentException(what + " ends before its last field; it is truncated");
    }
}

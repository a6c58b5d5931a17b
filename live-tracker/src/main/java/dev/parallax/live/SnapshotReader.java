package dev.parallax.live;

import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.Side;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads what {@link SnapshotWriter} wrote, in the same order. Every value goes through the
 * validation of the type it makes, so bytes that do not make a valid state are refused with
 * {@link IllegalArgumentException} rather than trusted.
 */
final class SnapshotReader {

    private final ByteBuffer in;

    SnapshotReader(byte[] bytes, int offset, int length) {
        this.in = ByteBuffer.wrap(bytes, offset, length);
    }

    int readInt() {
        try {
            return in.getInt();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    long readLong() {
        try {
            return in.getLong();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    boolean readBoolean() {
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
    int readCount(int minBytes) {
        int count = readInt();
        if (count < 0 || (long) count * minBytes > in.remaining()) {
            throw new IllegalArgumentException("a count must be between 0 and what the remaining " + in.remaining()
                    + " bytes can hold, was " + count);
        }
        return count;
    }

    String readText() {
        int length = readCount(1);
        byte[] utf8 = new byte[length];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    Instant readTime() {
        long seconds = readLong();
        int nanos = readInt();
        if (nanos < 0 || nanos > 999_999_999) {
            throw new IllegalArgumentException("nanoseconds of a time must be in [0, 999999999], was " + nanos);
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** A time written by {@link SnapshotWriter#writeOptionalTime}, or null when absent. */
    Instant readOptionalTime() {
        return readBoolean() ? readTime() : null;
    }

    LocalDate readDate() {
        return LocalDate.ofEpochDay(readLong());
    }

    /** A date written by {@link SnapshotWriter#writeOptionalDate}, or null when absent. */
    LocalDate readOptionalDate() {
        return readBoolean() ? readDate() : null;
    }

    CompensatedSum readSum() {
        return CompensatedSum.resume(readDouble(), readDouble(), readLong());
    }

    LiveEntry readEntry() {
        return new LiveEntry(readText(), readText(), Side.valueOf(readText()), readDouble(), readDouble(),
                readDouble(), readTime(), new ExecutionQuality(readDouble(), Duration.ofNanos(readLong())));
    }

    /** The number of bytes not read yet. */
    int remaining() {
        return in.remaining();
    }

    private static IllegalArgumentException truncated() {
        return new IllegalArgumentException("the snapshot ends before its last field; it is truncated");
    }
}

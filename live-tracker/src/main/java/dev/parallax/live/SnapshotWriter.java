package dev.parallax.live;

import dev.parallax.sim.api.CompensatedSum;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes the parts of the tracker's state into the binary form of a {@link StateSnapshot}, field
 * by field: doubles by their bits, times as epoch seconds and nanoseconds, texts as UTF-8 with
 * their length. {@link SnapshotReader} reads them back in the same order.
 */
final class SnapshotWriter {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private final DataOutputStream out = new DataOutputStream(bytes);

    void writeInt(int value) {
        run(() -> out.writeInt(value));
    }

    void writeLong(long value) {
        run(() -> out.writeLong(value));
    }

    void writeDouble(double value) {
        run(() -> out.writeLong(Double.doubleToRawLongBits(value)));
    }

    void writeBoolean(boolean value) {
        run(() -> out.writeBoolean(value));
    }

    void writeText(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        run(() -> out.write(utf8));
    }

    void writeTime(Instant time) {
        writeLong(time.getEpochSecond());
        writeInt(time.getNano());
    }

    /** A time that may be absent: a flag, then the time when present. */
    void writeOptionalTime(Instant time) {
        writeBoolean(time != null);
        if (time != null) {
            writeTime(time);
        }
    }

    void writeDate(LocalDate date) {
        writeLong(date.toEpochDay());
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
        writeDouble(entry.quality().slippage());
        writeLong(entry.quality().latency().toNanos());
    }

    /** Everything written so far. */
    byte[] toByteArray() {
        run(out::flush);
        return bytes.toByteArray();
    }

    private static void run(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed, which it cannot: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }
}

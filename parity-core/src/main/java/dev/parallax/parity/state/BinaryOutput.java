package dev.parallax.parity.state;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes a saved state into memory field by field: numbers big-endian, doubles by their bits (so
 * they come back bit for bit), times and durations as seconds and nanoseconds, dates as epoch days,
 * texts as UTF-8 and byte arrays with their length. {@link BinaryInput} reads them back in the same
 * order. Subclasses add the records of their own state.
 */
public class BinaryOutput {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private final DataOutputStream out = new DataOutputStream(bytes);

    /** An empty output. */
    public BinaryOutput() {
        // fields are initialised above
    }

    /** Writes four bytes. */
    public final void writeInt(int value) {
        run(() -> out.writeInt(value));
    }

    /** Writes eight bytes. */
    public final void writeLong(long value) {
        run(() -> out.writeLong(value));
    }

    /** Writes the bits of {@code value}, NaN payloads included. */
    public final void writeDouble(double value) {
        run(() -> out.writeLong(Double.doubleToRawLongBits(value)));
    }

    /** Writes one byte, 1 or 0. */
    public final void writeBoolean(boolean value) {
        run(() -> out.writeBoolean(value));
    }

    /** Writes the length of the UTF-8 form of {@code value}, then that form. */
    public final void writeText(String value) {
        writeBytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the length of {@code value}, then its bytes. */
    public final void writeBytes(byte[] value) {
        writeInt(value.length);
        run(() -> out.write(value));
    }

    /** Writes epoch seconds and nanoseconds. */
    public final void writeTime(Instant time) {
        writeLong(time.getEpochSecond());
        writeInt(time.getNano());
    }

    /** Writes seconds and nanoseconds. */
    public final void writeDuration(Duration duration) {
        writeLong(duration.getSeconds());
        writeInt(duration.getNano());
    }

    /** Writes the epoch day. */
    public final void writeDate(LocalDate date) {
        writeLong(date.toEpochDay());
    }

    /** Everything written so far. */
    public final byte[] toByteArray() {
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

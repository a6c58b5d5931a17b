package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a data file or stream as bytes or UTF-8 text, decompressing gzip when the first two bytes are
 * the gzip magic number ({@code 1f 8b}), whatever the file is called.
 */
public final class TextInput {

    private static final int BUFFER = 1 << 16;

    private TextInput() {
    }

    /** The bytes of {@code file}, decompressed if it is gzip. */
    public static InputStream bytes(Path file) {
        notNull("file", file);
        try {
            return bytes(file.toString(), Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + file.toAbsolutePath(), e);
        }
    }

    /** {@code in}, decompressed if it starts with the gzip magic number. Closing the result closes {@code in}. */
    public static InputStream bytes(InputStream in) {
        return bytes("the input", in);
    }

    /**
     * {@code in}, decompressed if it starts with the gzip magic number, called {@code name} in
     * messages. Closing the result closes {@code in}.
     *
     * @throws UncheckedIOException if the start cannot be read or is a damaged gzip header; the
     *                              message names {@code name}
     */
    public static InputStream bytes(String name, InputStream in) {
        notNull("name", name);
        notNull("in", in);
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        try {
            buffered.mark(2);
            int b1 = buffered.read();
            int b2 = buffered.read();
            buffered.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                return new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER);
            }
            return buffered;
        } catch (IOException e) {
            closeQuietly(buffered, e);
            throw new UncheckedIOException("could not read the start of " + name + ": " + e.getMessage(), e);
        }
    }

    /** {@link #bytes(InputStream)} as UTF-8 text. */
    public static BufferedReader text(InputStream in) {
        return new BufferedReader(new InputStreamReader(bytes(in), StandardCharsets.UTF_8), BUFFER);
    }

    /** {@link #bytes(String, InputStream)} as UTF-8 text. */
    public static BufferedReader text(String name, InputStream in) {
        return new BufferedReader(new InputStreamReader(bytes(name, in), StandardCharsets.UTF_8), BUFFER);
    }

    /** {@link #bytes(Path)} as UTF-8 text. */
    public static BufferedReader text(Path file) {
        return new BufferedReader(new InputStreamReader(bytes(file), StandardCharsets.UTF_8), BUFFER);
    }

    private static void closeQuietly(InputStream in, IOException cause) {
        try {
            in.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}

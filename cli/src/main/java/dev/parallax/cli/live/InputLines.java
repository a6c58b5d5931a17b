package dev.parallax.cli.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Splits a fills input into lines, no line longer than {@link #MAX_LINE_BYTES}, keeping each line's
 * number and the byte offset just after it (where a restart resumes).
 *
 * <p>Bytes are split at {@code \n} before they are decoded as UTF-8: a read can end inside a
 * multi-byte character, but never inside a line break, which is one byte in UTF-8. A {@code \r}
 * before the break is dropped. A line that grows past the limit is refused as soon as it does, so
 * memory stays bounded whatever the input holds (a 2 GB line used to end in an
 * {@code OutOfMemoryError}).
 *
 * <p>{@link #next()} returns empty when the input has no complete line yet; for a file being
 * followed, call it again once the file has grown. Not thread-safe.
 */
public final class InputLines {

    /** The longest line accepted, in bytes: 1 MiB, as the market-data readers' lines. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[8192];
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long offset;
    private long lineNumber;

    /**
     * Lines of {@code in}, whose first byte is at {@code offset} of the input and follows line
     * {@code lineNumber} (0 at the start of the input).
     */
    public InputLines(InputStream in, long offset, long lineNumber) {
        this(in, offset, lineNumber, MAX_LINE_BYTES);
    }

    InputLines(InputStream in, long offset, long lineNumber, int maxLineBytes) {
        this.in = in;
        this.offset = offset;
        this.lineNumber = lineNumber;
        this.maxLineBytes = maxLineBytes;
    }

    /** One line: its text without the line break, its number (from 1), and the offset just after it. */
    public record Line(String text, long number, long endOffset) {
    }

    /**
     * The next complete line, or empty when the input has none now (at its end, or a followed file
     * that has not grown).
     *
     * @throws IllegalArgumentException if the line is longer than the limit, naming its number
     */
    public Optional<Line> next() throws IOException {
        while (true) {
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    append(i);
                    position = i + 1;
                    return Optional.of(take(1));
                }
            }
            append(limit);
            position = limit;
            int n = in.read(buffer);
            if (n <= 0) {
                position = 0;
                limit = 0;
                return Optional.empty();
            }
            position = 0;
            limit = n;
        }
    }

    /**
     * True when the next {@link #next()} can start without waiting for the input: a complete line is
     * buffered or the input has bytes ready ({@link InputStream#available()}).
     */
    public boolean ready() throws IOException {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return true;
            }
        }
        return in.available() > 0;
    }

    /** The last line when the input ended without a line break, or empty. Call once, at the end. */
    public Optional<Line> rest() {
        return partial.size() == 0 ? Optional.empty() : Optional.of(take(0));
    }

    private void append(int end) {
        int length = end - position;
        if (partial.size() + length > maxLineBytes) {
            throw new IllegalArgumentException("line " + (lineNumber + 1) + " is longer than the limit of "
                    + maxLineBytes + " bytes; a fill line is far shorter, so the input is not a fills file or is damaged");
        }
        partial.write(buffer, position, length);
    }

    private Line take(int breakBytes) {
        byte[] bytes = partial.toByteArray();
        partial.reset();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        offset += bytes.length + breakBytes;
        lineNumber++;
        return new Line(new String(bytes, 0, length, StandardCharsets.UTF_8), lineNumber, offset);
    }
}

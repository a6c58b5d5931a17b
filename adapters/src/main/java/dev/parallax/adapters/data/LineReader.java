package dev.parallax.adapters.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads text one line at a time into a character buffer it reuses, so a line costs no
 * {@code String}. Lines end as for {@link java.io.BufferedReader#readLine()}: at {@code \n},
 * {@code \r} or {@code \r\n}, and at the end of the text. A line longer than a limit stops the read
 * as soon as that many characters have been seen without a line break, so a file without line
 * breaks (a binary file read as CSV, say) cannot make the reader hold gigabytes. The check is made
 * while looking for the line break, not per character. Not thread-safe.
 */
final class LineReader implements Closeable {

    private static final int INITIAL_CHARS = 1 << 16;

    private final Reader in;
    private final int maxChars;
    private char[] buffer = new char[INITIAL_CHARS];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean skipLineFeed;
    private int lineStart;
    private int lineEnd;
    private long lineNumber;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the text
     * @throws LineTooLongException if the line is longer than the limit
     */
    boolean next() throws IOException {
        if (skipLineFeed) {
            if (position == limit) {
                fill();
            }
            if (position < limit && buffer[position] == '\n') {
                position++;
            }
            skipLineFeed = false;
        }
        int scanned = position;
        while (true) {
            char[] chars = buffer;
            int end = Math.min(limit, position + maxChars + 1);
            for (int i = scanned; i < end; i++) {
                char c = chars[i];
                if (c == '\n' || c == '\r') {
                    lineStart = position;
                    lineEnd = i;
                    lineNumber++;
                    position = i + 1;
                    skipLineFeed = c == '\r';
                    return true;
                }
            }
            if (end - position > maxChars) {
                throw new LineTooLongException(lineNumber + 1, maxChars);
            }
            scanned = end - position;
            if (!fill()) {
                if (position == limit) {
                    return false;
                }
                lineStart = position;
                lineEnd = limit;
                lineNumber++;
                position = limit;
                return true;
            }
            scanned += position;
        }
    }

    /** The buffer holding the current line; valid until the next call to {@link #next()}. */
    char[] chars() {
        return buffer;
    }

    /** Where the current line starts in {@link #chars()}. */
    int start() {
        return lineStart;
    }

    /** Where the current line ends in {@link #chars()}, its line break excluded. */
    int end() {
        return lineEnd;
    }

    /** The current line as a string. */
    String text() {
        return new String(buffer, lineStart, lineEnd - lineStart);
    }

    /** The 1-based number of the current line; 0 before the first. */
    long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Reads more text after what is buffered, first moving the unread part to the front and growing
     * the buffer if the unread part fills it.
     *
     * @return false at the end of the input, when nothing more was read
     */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int unread = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, unread);
            position = 0;
            limit = unread;
        }
        if (limit == buffer.length) {
            char[] larger = new char[(int) Math.min((long) buffer.length * 2, (long) maxChars + 2)];
            System.arraycopy(buffer, 0, larger, 0, limit);
            buffer = larger;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** A line longer than the limit. */
    static final class LineTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        LineTooLongException(long line, int maxChars) {
            super("line " + line + " is longer than the limit of " + maxChars + " characters; the file is not CSV, "
                    + "or a line break is missing");
        }
    }
}

package dev.parallax.adapters.data;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes text through and fails as soon as one line grows longer than a limit, so that a file
 * without line breaks (a binary file read as CSV, say) cannot make a reader hold gigabytes in one
 * line. Counts in bulk reads, so it costs one pass over each buffer.
 */
final class LineLengthLimit extends FilterReader {

    private final int maxChars;
    private long lineLength;
    private long line = 1;

    LineLengthLimit(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        // the same counting as count(char), with the state in locals: this loop sees every character
        long len = lineLength;
        long lines = line;
        for (int i = offset, end = offset + n; i < end; i++) {
            char c = buffer[i];
            if (c == '\n') {
                lines++;
                len = 0;
            } else if (c == '\r') {
                len = 0;
            } else if (++len > maxChars) {
                lineLength = len;
                line = lines;
                throw new LineTooLongException(lines, maxChars);
            }
        }
        lineLength = len;
        line = lines;
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n' || c == '\r') {
            if (c == '\n') {
                line++;
            }
            lineLength = 0;
        } else if (++lineLength > maxChars) {
            throw new LineTooLongException(line, maxChars);
        }
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

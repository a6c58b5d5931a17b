package dev.parallax.adapters.data;

import java.util.Arrays;

/**
 * The fields of one CSV line, each a range of a character buffer: the line's own buffer when the
 * line has no quotes, or a buffer of this row holding the unquoted text when it has. Split by the
 * rules of {@link CsvDialect}. Reused from line to line, so splitting a line makes no
 * {@code String}. Not thread-safe.
 */
final class CsvRow {

    private char[] chars;
    private char[] unquoted = new char[256];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;

    /** A row holding the fields of {@code line}. */
    static CsvRow of(String line, char delimiter) {
        CsvRow row = new CsvRow();
        row.split(line.toCharArray(), 0, line.length(), delimiter);
        return row;
    }

    /**
     * Splits {@code line[from, to)} into trimmed fields, replacing the fields held before.
     *
     * @throws IllegalArgumentException if a quoted field is not closed
     */
    void split(char[] line, int from, int to, char delimiter) {
        chars = line;
        size = 0;
        int fieldStart = from;
        for (int i = from; i < to; i++) {
            char c = line[i];
            if (c == delimiter) {
                add(fieldStart, i);
                fieldStart = i + 1;
            } else if (c == '"') {
                splitQuoted(line, from, to, delimiter);
                return;
            }
        }
        add(fieldStart, to);
    }

    /** How many fields the row has. */
    int size() {
        return size;
    }

    /** The buffer the fields are ranges of; valid until the next {@link #split}. */
    char[] chars() {
        return chars;
    }

    /** Where field {@code index} starts in {@link #chars()}. */
    int start(int index) {
        return starts[index];
    }

    /** Where field {@code index} ends in {@link #chars()}, exclusive. */
    int end(int index) {
        return ends[index];
    }

    /** Field {@code index} as a string. */
    String text(int index) {
        return new String(chars, starts[index], ends[index] - starts[index]);
    }

    /** Every field as a string. */
    String[] texts() {
        String[] texts = new String[size];
        for (int i = 0; i < size; i++) {
            texts[i] = text(i);
        }
        return texts;
    }

    /** Copies the line without its quotes into {@link #unquoted}; a doubled quote inside quotes stands for one. */
    private void splitQuoted(char[] line, int from, int to, char delimiter) {
        if (unquoted.length < to - from) {
            unquoted = new char[Math.max(to - from, unquoted.length * 2)];
        }
        char[] out = unquoted;
        chars = out;
        size = 0;
        int n = 0;
        int fieldStart = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = line[i];
            if (quoted) {
                if (c != '"') {
                    out[n++] = c;
                } else if (i + 1 < to && line[i + 1] == '"') {
                    out[n++] = '"';
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                add(fieldStart, n);
                fieldStart = n;
            } else {
                out[n++] = c;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        add(fieldStart, n);
    }

    /** Adds the field {@code chars[start, end)} with blanks and control characters trimmed as by {@link String#trim()}. */
    private void add(int start, int end) {
        while (start < end && chars[start] <= ' ') {
            start++;
        }
        while (end > start && chars[end - 1] <= ' ') {
            end--;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }
}

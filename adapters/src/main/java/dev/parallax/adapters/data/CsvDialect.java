package dev.parallax.adapters.data;

import java.util.ArrayList;
import java.util.List;

/**
 * How the rows of a CSV file are written: the delimiter, whether the first line is a header, and
 * double quotes around fields that contain the delimiter (a doubled quote inside stands for one).
 * Fields are trimmed. A field may not span lines.
 *
 * @param delimiter separates fields; not a quote, CR or LF
 * @param header    true if the first line names the columns
 */
public record CsvDialect(char delimiter, boolean header) {

    /** Comma-separated with a header line. */
    public static final CsvDialect DEFAULT = new CsvDialect(',', true);

    /** Checks the delimiter. */
    public CsvDialect {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or a line break, was '"
                    + delimiter + "'");
        }
    }

    /** This dialect with another delimiter, such as {@code ';'} or {@code '\t'}. */
    public CsvDialect withDelimiter(char newDelimiter) {
        return new CsvDialect(newDelimiter, header);
    }

    /** This dialect with or without a header line. */
    public CsvDialect withHeader(boolean newHeader) {
        return new CsvDialect(delimiter, newHeader);
    }

    /**
     * The fields of {@code line}.
     *
     * @throws IllegalArgumentException if a quoted field is not closed
     */
    public String[] split(String line) {
        if (line.indexOf('"') < 0) {
            return plainSplit(line);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed");
        }
        fields.add(field.toString().trim());
        return fields.toArray(new String[0]);
    }

    private String[] plainSplit(String line) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == delimiter) {
                count++;
            }
        }
        String[] fields = new String[count];
        int start = 0;
        for (int f = 0; f < count; f++) {
            int end = line.indexOf(delimiter, start);
            if (end < 0) {
                end = line.length();
            }
            fields[f] = line.substring(start, end).trim();
            start = end + 1;
        }
        return fields;
    }
}

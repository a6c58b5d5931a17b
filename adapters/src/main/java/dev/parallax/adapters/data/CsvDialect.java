package dev.parallax.adapters.data;

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
        return CsvRow.of(line, delimiter).texts();
    }
}

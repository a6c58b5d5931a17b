package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

/**
 * A row a lenient reader passed over.
 *
 * @param source the file or stream name
 * @param line   1-based line number
 * @param row    the row as read (cut to 200 characters)
 * @param reason what was wrong with it
 */
public record SkippedRow(String source, long line, String row, String reason) {

    /** Validates the fields. */
    public SkippedRow {
        notBlank("source", source);
        notNull("row", row);
        notBlank("reason", reason);
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
    }

    @Override
    public String toString() {
        return source + " line " + line + ": " + reason + "; row: '" + row + "'";
    }
}

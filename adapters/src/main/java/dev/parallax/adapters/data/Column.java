package dev.parallax.adapters.data;

import java.util.Arrays;

/**
 * Where a value is in a CSV row: by header name (matched ignoring case and surrounding blanks), or by
 * 0-based position for files without a header.
 *
 * @param name  the header name, or empty when the column is given by position
 * @param index the 0-based position, or -1 when the column is given by name
 */
public record Column(String name, int index) {

    /** Checks that exactly one of name and index is given. */
    public Column {
        if (name == null) {
            throw new IllegalArgumentException("column name must not be null; use \"\" for a column by position");
        }
        if (name.isBlank() == (index < 0)) {
            throw new IllegalArgumentException("a column needs a name or a position >= 0, not both; was name '" + name
                    + "', index " + index);
        }
    }

    /** The column headed {@code name}. */
    public static Column named(String name) {
        return new Column(name.trim(), -1);
    }

    /** The column at 0-based position {@code index}. */
    public static Column at(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("column index must be >= 0, was " + index);
        }
        return new Column("", index);
    }

    /**
     * The position of this column given the header ({@code null} when the file has none).
     *
     * @throws IllegalArgumentException naming the header when the column is not there
     */
    int resolve(String[] header) {
        if (index >= 0) {
            return index;
        }
        if (header == null) {
            throw new IllegalArgumentException("column '" + name + "' is given by name but the format says "
                    + "the file has no header line; give it by position with Column.at(i)");
        }
        for (int i = 0; i < header.length; i++) {
            if (header[i].trim().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "' in the header "
                + Arrays.toString(header));
    }

    /** How the column is shown in messages. */
    String label() {
        return index >= 0 ? "#" + index : "'" + name + "'";
    }
}

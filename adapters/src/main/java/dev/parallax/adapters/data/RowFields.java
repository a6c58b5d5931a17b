package dev.parallax.adapters.data;

/** Reads typed values out of a CSV row, with messages naming the column. */
final class RowFields {

    private RowFields() {
    }

    static String text(String[] fields, int index, Column column) {
        if (index >= fields.length) {
            throw new IllegalArgumentException("the row has " + fields.length + " field(s) but column " + column.label()
                    + " is field " + (index + 1));
        }
        return fields[index];
    }

    static double number(String[] fields, int index, Column column) {
        String raw = text(fields, index, column);
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column.label() + " must be a number, was '" + raw + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("column " + column.label() + " must be finite, was '" + raw + "'");
        }
        return value;
    }

    static long time(String[] fields, int index, Column column, TimestampFormat format) {
        return format.parse(text(fields, index, column));
    }
}

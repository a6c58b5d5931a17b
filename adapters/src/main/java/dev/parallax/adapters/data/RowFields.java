package dev.parallax.adapters.data;

/** Reads typed values out of a CSV row, with messages naming the column. */
final class RowFields {

    private RowFields() {
    }

    static String text(CsvRow row, int index, Column column) {
        checkPresent(row, index, column);
        return row.text(index);
    }

    static double number(CsvRow row, int index, Column column) {
        checkPresent(row, index, column);
        double value;
        try {
            value = NumberParser.parseDouble(row.chars(), row.start(index), row.end(index));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column.label() + " must be a number, was '"
                    + row.text(index) + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("column " + column.label() + " must be finite, was '"
                    + row.text(index) + "'");
        }
        return value;
    }

    static long time(CsvRow row, int index, Column column, TimestampFormat format) {
        checkPresent(row, index, column);
        return format.parse(row.chars(), row.start(index), row.end(index));
    }

    private static void checkPresent(CsvRow row, int index, Column column) {
        if (index >= row.size()) {
            throw new IllegalArgumentException("the row has " + row.size() + " field(s) but column " + column.label()
                    + " is field " + (index + 1));
        }
    }
}

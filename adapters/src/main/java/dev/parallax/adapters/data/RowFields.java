package dev.parallax.adapters.data;

import java.time.Duration;

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

    /**
     * {@code time} plus {@code offsetNanos}, the time a bar is seen.
     *
     * @throws IllegalArgumentException if the sum is beyond what epoch nanoseconds hold
     */
    static long plusOffset(long time, long offsetNanos) {
        try {
            return Math.addExact(time, offsetNanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("time plus the offset of " + offsetNanos + " ns is beyond what epoch "
                    + "nanoseconds hold (1677-09-21 to 2262-04-11)");
        }
    }

    /**
     * {@code offset} in nanoseconds.
     *
     * @throws IllegalArgumentException if it does not fit in a long
     */
    static long offsetNanos(Duration offset) {
        try {
            return offset.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("timeOffset must be within 292 years, was " + offset);
        }
    }

    private static void checkPresent(CsvRow row, int index, Column column) {
        if (index >= row.size()) {
            throw new IllegalArgumentException("the row has " + row.size() + " field(s) but column " + column.label()
                    + " is field " + (index + 1));
        }
    }
}

package dev.parallax.metrics;

/** Checks on input series; every failure names the series and the index. */
final class Series {

    private Series() {
    }

    /** Rejects a null array, NaN, infinities and returns below -1, naming the first bad index. */
    static double[] checkReturns(String name, double[] returns) {
        requireNonNull(name, returns);
        checkReturns(name, returns, 0, returns.length);
        return returns;
    }

    /** Rejects a null array, for a series where an empty one means no data. */
    static void requireNonNull(String name, double[] series) {
        if (series == null) {
            throw new IllegalArgumentException(name + " must not be null; pass an empty array for no data");
        }
    }

    /** Whether {@code returns[0, n)} holds only valid returns: finite and {@code >= -1}. */
    static boolean allReturns(double[] returns, int n) {
        for (int i = 0; i < n; i++) {
            if (!(returns[i] >= -1.0 && returns[i] < Double.POSITIVE_INFINITY)) {
                return false;
            }
        }
        return true;
    }

    /** Rejects NaN, infinities and returns below -1 in {@code returns[from, to)}, naming the first bad index. */
    static void checkReturns(String name, double[] returns, int from, int to) {
        for (int i = from; i < to; i++) {
            if (returns[i] >= -1.0 && returns[i] < Double.POSITIVE_INFINITY) {
                continue;
            }
            double r = returns[i];
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException(
                        name + "[" + i + "] must be a finite number, was " + r + "; remove or fill the gap first");
            }
            throw new IllegalArgumentException(
                    name + "[" + i + "] must be >= -1 (a loss of at most 100%), was " + r);
        }
    }

    /** Rejects a null array and any value that is not finite and strictly positive. */
    static double[] checkEquity(String name, double[] equity) {
        if (equity == null) {
            throw new IllegalArgumentException(name + " must not be null; pass an empty array for no data");
        }
        for (int i = 0; i < equity.length; i++) {
            double e = equity[i];
            if (!(e > 0) || Double.isInfinite(e)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a finite number > 0, was " + e);
            }
        }
        return equity;
    }

    /** Rejects null or non-increasing timestamps, and a length different from {@code expected}. */
    static long[] checkTimes(String name, long[] times, int expected, String against) {
        if (times == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (times.length != expected) {
            throw new IllegalArgumentException(name + " must have one timestamp per value of " + against
                    + " (" + expected + "), had " + times.length);
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException(name + "[" + i + "] must be after " + name + "[" + (i - 1)
                        + "] (" + times[i - 1] + "), was " + times[i] + "; sort the series and drop duplicates");
            }
        }
        return times;
    }
}

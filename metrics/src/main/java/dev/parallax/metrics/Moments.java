package dev.parallax.metrics;

/**
 * Count, mean and the second to fourth central sums of a series, without boxing.
 *
 * <p>The series is taken in blocks of {@link #BLOCK} values. Each block is summed twice while it is
 * still in cache: once for its mean, once for the powers of the deviations from that mean (the
 * two-pass algorithm, more accurate than one running update). Blocks are then combined in order with
 * the pairwise formulas of Chan, Golub and LeVeque for the second sum and of Pébay (2008) for the
 * third and fourth. A block whose values are all equal has that value as its exact mean and zero
 * central sums, so a constant series has an exact mean and every central sum exactly zero.
 */
final class Moments {

    /** Values per block; 32 KiB of doubles, so a block stays in the first-level cache between its two passes. */
    static final int BLOCK = 4096;

    static final Moments EMPTY = new Moments(0, Double.NaN, 0, 0, 0);

    final int count;
    final double mean;
    /** Sum of squared deviations from the mean. */
    final double m2;
    /** Sum of cubed deviations from the mean. */
    final double m3;
    /** Sum of fourth powers of deviations from the mean. */
    final double m4;

    private Moments(int count, double mean, double m2, double m3, double m4) {
        this.count = count;
        this.mean = mean;
        this.m2 = m2;
        this.m3 = m3;
        this.m4 = m4;
    }

    static Moments of(double[] values) {
        Moments moments = EMPTY;
        for (int from = 0; from < values.length; from += BLOCK) {
            moments = moments.merge(ofBlock(values, from, Math.min(values.length, from + BLOCK)));
        }
        return moments;
    }

    /** The moments of {@code values[from, to)}, a non-empty range. */
    static Moments ofBlock(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return ofBlock(values, from, to, sum, allEqual(values, from, to));
    }

    /** Whether every value of {@code values[from, to)}, a non-empty range, equals the first ({@code ==}). */
    static boolean allEqual(double[] values, int from, int to) {
        double first = values[from];
        for (int i = from + 1; i < to; i++) {
            if (values[i] != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * The moments of {@code values[from, to)}, a non-empty range, given the first pass: the sum of
     * the values, added in order from {@code values[from]}, and whether they are all equal. A caller
     * that walks the block anyway gathers both in its own loop.
     */
    static Moments ofBlock(double[] values, int from, int to, double sum, boolean constant) {
        int n = to - from;
        if (constant) {
            return new Moments(n, values[from], 0, 0, 0);
        }
        double mean = sum / n;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        for (int i = from; i < to; i++) {
            double d = values[i] - mean;
            double d2 = d * d;
            s2 += d2;
            s3 += d2 * d;
            s4 += d2 * d2;
        }
        return new Moments(n, mean, s2, s3, s4);
    }

    /** The moments of this series followed by {@code next}. */
    Moments merge(Moments next) {
        if (count == 0) {
            return next;
        }
        if (next.count == 0) {
            return this;
        }
        double na = count;
        double nb = next.count;
        double n = na + nb;
        double delta = next.mean - mean;
        double deltaN = delta / n;
        double mean = this.mean + deltaN * nb;
        double cross = delta * deltaN * na * nb;
        double m2 = this.m2 + next.m2 + cross;
        double m3 = this.m3 + next.m3 + cross * deltaN * (na - nb) + 3 * deltaN * (na * next.m2 - nb * this.m2);
        double m4 = this.m4 + next.m4 + cross * deltaN * deltaN * (na * na - na * nb + nb * nb)
                + 6 * deltaN * deltaN * (na * na * next.m2 + nb * nb * this.m2)
                + 4 * deltaN * (na * next.m3 - nb * this.m3);
        return new Moments(count + next.count, mean, m2, m3, m4);
    }

    /** Sample standard deviation ({@code n - 1} in the denominator); NaN below two values. */
    double sampleStandardDeviation() {
        return count < 2 ? Double.NaN : Math.sqrt(m2 / (count - 1));
    }

    /** Biased sample skewness {@code g1 = (m3 / n) / (m2 / n)^1.5}; NaN for no values or zero spread. */
    double skewness() {
        if (count == 0 || m2 == 0) {
            return Double.NaN;
        }
        double variance = m2 / count;
        return (m3 / count) / (variance * Math.sqrt(variance));
    }

    /** Biased sample excess kurtosis {@code g2 = (m4 / n) / (m2 / n)^2 - 3}; NaN for no values or zero spread. */
    double excessKurtosis() {
        if (count == 0 || m2 == 0) {
            return Double.NaN;
        }
        double variance = m2 / count;
        return (m4 / count) / (variance * variance) - 3;
    }
}

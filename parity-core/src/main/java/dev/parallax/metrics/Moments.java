package dev.parallax.metrics;

/**
 * Count, mean and the second to fourth central sums of a series, in one pass without boxing
 * (Welford's update extended to the third and fourth moments by Terriberry, the update Commons
 * Math uses). On a constant series the mean is exact and every central sum is exactly zero.
 */
final class Moments {

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
        double mean = 0;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (int i = 0; i < values.length; i++) {
            double n = i + 1;
            double delta = values[i] - mean;
            double deltaN = delta / n;
            double deltaN2 = deltaN * deltaN;
            double term1 = delta * deltaN * i;
            mean += deltaN;
            m4 += term1 * deltaN2 * (n * n - 3 * n + 3) + 6 * deltaN2 * m2 - 4 * deltaN * m3;
            m3 += term1 * deltaN * (n - 2) - 3 * deltaN * m2;
            m2 += term1;
        }
        return new Moments(values.length, values.length == 0 ? Double.NaN : mean, m2, m3, m4);
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

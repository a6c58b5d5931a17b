package dev.parallax.metrics;

/**
 * {@code ln(1 + x)} for the small returns that make up almost every return series, without the
 * native call behind {@link Math#log1p} on JDK 17.
 *
 * <p>For {@code |x| < 1/16} it uses {@code ln(1 + x) = 2 atanh(s)} with {@code s = x / (2 + x)}, so
 * {@code |s| < 0.033}, and the odd series {@code 2 (s + s^3/3 + ... + s^13/13)}; the first term left out is below {@code 1e-21} of the result. The rounding of {@code 2 + x} and of the division keeps
 * the result within a few units in the last place of {@link Math#log1p}. Other arguments go to
 * {@link Math#log1p}.
 */
final class Log1p {

    private static final double LIMIT = 0.0625;

    private Log1p() {
    }

    /** {@code ln(1 + x)}; {@code x} is a return, so {@code >= -1}. */
    static double of(double x) {
        return Math.abs(x) < LIMIT ? series(x) : Math.log1p(x);
    }

    /**
     * {@code out[j] = of(x[j])} for {@code j < n}, the same bits. The series is first taken for every
     * value in a loop without branches, which the JIT compiles to vector instructions (a scalar
     * division per value is most of the cost otherwise); the few arguments outside the series' range
     * are then replaced by {@link Math#log1p}.
     */
    static void ofEach(double[] x, double[] out, int n) {
        for (int j = 0; j < n; j++) {
            out[j] = series(x[j]);
        }
        for (int j = 0; j < n; j++) {
            if (!(Math.abs(x[j]) < LIMIT)) {
                out[j] = Math.log1p(x[j]);
            }
        }
    }

    private static double series(double x) {
        double s = x / (2 + x);
        double z = s * s;
        // Estrin's scheme: three short chains instead of one long one, so that the evaluations for
        // consecutive returns overlap in the pipeline.
        double z2 = z * z;
        double tail = (1.0 / 3 + z * (1.0 / 5)) + z2 * (1.0 / 7 + z * (1.0 / 9))
                + z2 * z2 * (1.0 / 11 + z * (1.0 / 13));
        return 2 * (s + s * z * tail);
    }
}

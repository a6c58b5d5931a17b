package dev.parallax.metrics;

/**
 * Sharpe ratio and volatility over a window that slides one period at a time, with the same
 * definitions as {@link ReturnMetrics#sharpe} and {@link ReturnMetrics#annualVolatility} (sample
 * standard deviation, annualised by {@code sqrt(periodsPerYear)}).
 *
 * <p>The result has {@code n - window + 1} values (none when the series is shorter than the
 * window); value {@code j} covers returns {@code j .. j + window - 1}, like empyrical's
 * {@code roll_*} functions. The kernel is one pass: the window's mean and sum of squared
 * deviations are updated as a return enters and another leaves, and recomputed exactly every
 * {@code window} steps so that rounding cannot build up. A window whose returns are all equal has
 * volatility exactly 0 and Sharpe ratio NaN.
 */
public final class RollingMetrics {

    /** Rolling figures of daily equity returns: {@link MetricOptions#DEFAULT}. */
    public static final RollingMetrics DEFAULT = new RollingMetrics(MetricOptions.DEFAULT);

    private final MetricOptions options;

    /** Rolling figures under the given options (periods per year and risk-free rate are used). */
    public RollingMetrics(MetricOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null; use MetricOptions.DEFAULT");
        }
        this.options = options;
    }

    /** Annualised sample volatility of each window of {@code window} returns ({@code window >= 2}). */
    public double[] volatility(double[] returns, int window) {
        return roll(returns, window, false);
    }

    /** Annualised Sharpe ratio over the risk-free rate of each window of {@code window} returns ({@code window >= 2}). */
    public double[] sharpe(double[] returns, int window) {
        return roll(returns, window, true);
    }

    private double[] roll(double[] returns, int window, boolean sharpe) {
        Series.checkReturns("returns", returns);
        if (window < 2) {
            throw new IllegalArgumentException("window must be >= 2 (a standard deviation needs two returns), was " + window);
        }
        int n = returns.length;
        if (n < window) {
            return new double[0];
        }
        double[] out = new double[n - window + 1];
        double annualisation = Math.sqrt(options.periodsPerYear());
        double mean = 0;
        double m2 = 0;
        int equalRun = 0;
        for (int i = 0; i < n; i++) {
            double x = returns[i];
            equalRun = i > 0 && x == returns[i - 1] ? equalRun + 1 : 1;
            int start = i - window + 1;
            if (start <= 0 || start % window == 0) {
                if (start >= 0) {
                    mean = mean(returns, start, window);
                    m2 = squaredDeviations(returns, start, window, mean);
                }
            } else {
                double leaving = returns[start - 1];
                double newMean = mean + (x - leaving) / window;
                m2 += (x - leaving) * (x - newMean + leaving - mean);
                mean = newMean;
            }
            if (start < 0) {
                continue;
            }
            if (equalRun >= window) {
                mean = x;
                m2 = 0;
            }
            double sd = Math.sqrt(Math.max(m2, 0) / (window - 1));
            if (sharpe) {
                out[start] = sd == 0 ? Double.NaN : (mean - options.riskFreeRate()) / sd * annualisation;
            } else {
                out[start] = sd * annualisation;
            }
        }
        return out;
    }

    private static double mean(double[] values, int from, int length) {
        double sum = 0;
        for (int i = from; i < from + length; i++) {
            sum += values[i];
        }
        return sum / length;
    }

    private static double squaredDeviations(double[] values, int from, int length, double mean) {
        double m2 = 0;
        for (int i = from; i < from + length; i++) {
            double d = values[i] - mean;
            m2 += d * d;
        }
        return m2;
    }
}

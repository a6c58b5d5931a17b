package dev.parallax.metrics;

/**
 * R² of the least-squares line through cumulative log returns against their index, in one pass
 * with running co-moments (Welford's update for two variables).
 */
final class Stability {

    private Stability() {
    }

    static double of(double[] returns) {
        int n = returns.length;
        if (n < 2) {
            return Double.NaN;
        }
        double y = 0;
        double meanX = 0;
        double meanY = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            if (returns[i] == -1) {
                return Double.NaN;
            }
            y += Math.log1p(returns[i]);
            double count = i + 1;
            double dx = i - meanX;
            double dy = y - meanY;
            meanX += dx / count;
            meanY += dy / count;
            sxx += dx * (i - meanX);
            syy += dy * (y - meanY);
            sxy += dx * (y - meanY);
        }
        if (syy == 0) {
            return 0.0;
        }
        return sxy / sxx * (sxy / syy);
    }
}

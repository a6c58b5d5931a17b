package dev.parallax.metrics;

/**
 * R² of the least-squares line through the cumulative log returns {@code y_k = sum_{i<=k} ln(1 + r_i)}
 * against their index {@code k}.
 *
 * <p>Like {@link Moments}, the series is taken in blocks ({@link #add}); the blocks' co-moments are
 * combined in order with the pairwise formulas of Chan, Golub and LeVeque. The logarithms come from
 * {@link Log1p}.
 */
final class Stability {

    /** Index of the first return this tally takes in. */
    private final long firstIndex;

    private long count;
    /** Cumulative log return up to the last value added. */
    private double total;
    private double meanX;
    private double meanY;
    private double sxx;
    private double syy;
    private double sxy;
    private boolean totalLoss;

    /** A tally for a series that starts at index 0. */
    Stability() {
        this(0);
    }

    /** A tally for the part of a series that starts at {@code firstIndex}, to be {@link #absorb absorbed} later. */
    Stability(long firstIndex) {
        this.firstIndex = firstIndex;
    }

    /**
     * Adds {@code returns[from, to)}, values that follow those added so far. Inside the block the
     * cumulative log return is measured from its first point, {@code d_j = y_j - y_0}, and the
     * block's co-moments come from the sums of {@code d}, {@code d^2} and {@code j d} in one loop.
     * Shifting by a point of the block itself keeps those sums close to their centred values (a
     * block is short, and its first point is one of its own), and a block whose returns after the
     * first are all zero gets co-moments of exactly zero.
     */
    void add(double[] returns, int from, int to) {
        int n = to - from;
        double first = Log1p.of(returns[from]);
        boolean loss = returns[from] == -1;
        double d = 0;
        double sum = 0;
        double sumSquares = 0;
        double sumIndexed = 0;
        for (int j = 1; j < n; j++) {
            double r = returns[from + j];
            loss |= r == -1;
            d += Log1p.of(r);
            sum += d;
            sumSquares += d * d;
            sumIndexed += j * d;
        }
        totalLoss |= loss;
        if (totalLoss) {
            return;
        }
        double blockMeanX = (n - 1) / 2.0;
        double blockSyy = sumSquares - sum * (sum / n);
        double blockSxy = sumIndexed - blockMeanX * sum;
        double blockSxx = n * ((double) n * n - 1) / 12;
        merge(n, firstIndex + count + blockMeanX, total + first + sum / n, blockSxx, blockSyy, blockSxy);
        total += first + d;
    }

    /** Adds the tally of the returns right after those taken in here. */
    void absorb(Stability later) {
        totalLoss |= later.totalLoss;
        if (totalLoss || later.count == 0) {
            return;
        }
        merge(later.count, later.meanX, total + later.meanY, later.sxx, later.syy, later.sxy);
        total += later.total;
    }

    private void merge(long nb, double meanXb, double meanYb, double sxxB, double syyB, double sxyB) {
        if (count == 0) {
            count = nb;
            meanX = meanXb;
            meanY = meanYb;
            sxx = sxxB;
            syy = syyB;
            sxy = sxyB;
            return;
        }
        double na = count;
        double n = na + nb;
        double dx = meanXb - meanX;
        double dy = meanYb - meanY;
        double weight = na * nb / n;
        sxx += sxxB + dx * dx * weight;
        syy += syyB + dy * dy * weight;
        sxy += sxyB + dx * dy * weight;
        meanX += dx * nb / n;
        meanY += dy * nb / n;
        count += nb;
    }

    /**
     * The R²: NaN below two returns or after a return of -1 (log of zero); 0 when the cumulative
     * curve is flat, as scipy's {@code linregress} reports it.
     */
    double rSquared() {
        if (count < 2 || totalLoss) {
            return Double.NaN;
        }
        if (syy == 0) {
            return 0.0;
        }
        return sxy / sxx * (sxy / syy);
    }
}

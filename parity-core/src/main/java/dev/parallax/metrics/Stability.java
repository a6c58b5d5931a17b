package dev.parallax.metrics;

/**
 * R² of the least-squares line through the cumulative log returns {@code y_k = sum_{i<=k} ln(1 + r_i)}
 * against their index {@code k}.
 *
 * <p>Like {@link Moments}, the series is taken in blocks: each block's {@code y} values (cumulated
 * from zero inside the block, since the co-moments do not depend on a shift of {@code y}) are
 * centred on the block's own means, and the blocks' co-moments are combined in order with the
 * pairwise formulas of Chan, Golub and LeVeque. The logarithms come from {@link Log1p}.
 */
final class Stability {

    private final double[] ys = new double[Moments.BLOCK];
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

    static double of(double[] returns) {
        Stability stability = new Stability();
        for (int from = 0; from < returns.length; from += Moments.BLOCK) {
            stability.add(returns, from, Math.min(returns.length, from + Moments.BLOCK));
        }
        return stability.rSquared();
    }

    /** Adds {@code returns[from, to)}, at most {@link Moments#BLOCK} values that follow those added so far. */
    void add(double[] returns, int from, int to) {
        int n = to - from;
        double y = 0;
        double sumY = 0;
        boolean loss = false;
        for (int j = 0; j < n; j++) {
            double r = returns[from + j];
            loss |= r == -1;
            y += Log1p.of(r);
            ys[j] = y;
            sumY += y;
        }
        totalLoss |= loss;
        double firstY = ys[0];
        boolean flat = true;
        for (int j = 1; j < n; j++) {
            flat &= ys[j] == firstY;
        }
        if (totalLoss) {
            return;
        }
        double blockMeanY;
        double blockSyy = 0;
        double blockSxy = 0;
        double blockMeanX = (n - 1) / 2.0;
        if (flat) {
            blockMeanY = firstY;
        } else {
            blockMeanY = sumY / n;
            for (int j = 0; j < n; j++) {
                double dy = ys[j] - blockMeanY;
                blockSyy += dy * dy;
                blockSxy += (j - blockMeanX) * dy;
            }
        }
        double blockSxx = n * ((double) n * n - 1) / 12;
        merge(n, firstIndex + count + blockMeanX, total + blockMeanY, blockSxx, blockSyy, blockSxy);
        total += y;
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

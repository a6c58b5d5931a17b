package dev.parallax.metrics;

/**
 * R² of the least-squares line through the cumulative log returns {@code y_k = sum_{i<=k} ln(1 + r_i)}
 * against their index {@code k}.
 *
 * <p>Like {@link Moments}, the series is taken in blocks ({@link #addBlock}); the blocks' co-moments
 * are combined in order with the pairwise formulas of Chan, Golub and LeVeque. The logarithms come
 * from {@link Log1p}.
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
     * Adds a block of {@code n} returns that follow those added so far, from sums gathered over it
     * in order. Inside the block the cumulative log return is measured from its first point,
     * {@code d_j = y_j - y_0 = sum_{0<i<=j} ln(1 + r_i)}, and the block's co-moments come from
     * {@code sum(d_j)}, {@code sum(d_j^2)} and {@code sum(j d_j)} over {@code j = 1 .. n-1}. Shifting
     * by a point of the block itself keeps those sums close to their centred values (a block is
     * short, and its first point is one of its own), and a block whose returns after the first are
     * all zero gets co-moments of exactly zero.
     *
     * @param first      {@code ln(1 + r_0)}
     * @param last       {@code d_{n-1}}; with {@code first}, {@code -Infinity} if and only if a return
     *                   of the block is -1 (a logarithm of a return above -1 is finite)
     * @param sum        {@code sum(d_j)}
     * @param sumSquares {@code sum(d_j^2)}
     * @param sumIndexed {@code sum(j d_j)}
     */
    void addBlock(int n, double first, double last, double sum, double sumSquares, double sumIndexed) {
        totalLoss |= first + last == Double.NEGATIVE_INFINITY;
        if (totalLoss) {
            return;
        }
        double blockMeanX = (n - 1) / 2.0;
        double blockSyy = sumSquares - sum * (sum / n);
        double blockSxy = sumIndexed - blockMeanX * sum;
        double blockSxx = n * ((double) n * n - 1) / 12;
        merge(n, firstIndex + count + blockMeanX, total + first + sum / n, blockSxx, blockSyy, blockSxy);
        total += first + last;
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

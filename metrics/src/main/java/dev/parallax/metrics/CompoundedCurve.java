package dev.parallax.metrics;

/**
 * Walks the equity curve {@code e[0] = 1, e[i] = e[i-1] (1 + r[i-1])} once, keeping its growth and
 * its deepest drawdown from a running peak (see {@link Drawdown} for the indices).
 *
 * <p>A long series overflows a {@code double}: 10,000,000 daily returns averaging 0.04% compound to
 * about {@code e^3500}, and a long losing one underflows. So the walk keeps the equity and its peak
 * scaled by a common power of two, rescaling both when the equity leaves {@code [2^-512, 2^512]}.
 * Scaling by a power of two is exact, so every ratio to the peak, and with it the drawdown, is the
 * one an unbounded number would give; the growth is known as its logarithm ({@link #logGrowth()}),
 * which keeps the CAGR right. A peak more than {@code 2^1023} above the equity is kept aside with
 * its own scale until the equity comes back within range of it.
 */
final class CompoundedCurve {

    private static final double HIGH = 0x1p512;
    private static final double LOW = 0x1p-512;
    private static final double SLACK = 1 + 1e-9;

    /** Equity divided by {@code 2^scale}. */
    private double equity = 1;
    private int scale;
    /**
     * Running peak, in the same scale as {@link #equity}; {@code +Infinity} when it is too far above
     * the equity for that scale, and then {@link #farPeak} times {@code 2^farPeakScale}.
     */
    private double peak = 1;
    private double farPeak = 1;
    private int farPeakScale;
    private int index;
    private int peakIndex;
    private double worst;
    /**
     * A point is only compared exactly ({@code equity / peak - 1 < worst}, a division) when
     * {@code equity < peak * deeper}. {@code deeper} is {@code 1 + worst} widened by {@link #SLACK},
     * far more than the rounding of either test, so no deeper point is ever skipped.
     */
    private double deeper = SLACK;
    private int worstPeak;
    private int worstTrough;
    private int recovery = -1;
    /** The deepest drawdown so far has not recovered yet: the next new high is its recovery. */
    private boolean recoveryDue;

    static CompoundedCurve of(double[] returns) {
        CompoundedCurve curve = new CompoundedCurve();
        curve.add(returns, 0, returns.length);
        return curve;
    }

    /**
     * Compounds {@code returns[from, to)}, which follow the returns added so far. A point is only
     * divided by the peak when it may be deeper than the deepest drawdown so far (see
     * {@link #deeper}).
     */
    void add(double[] returns, int from, int to) {
        double e = equity;
        double top = peak;
        int topIndex = peakIndex;
        int i = index;
        for (int k = from; k < to; k++) {
            i++;
            e *= 1 + returns[k];
            if (e >= top) {
                if (recoveryDue) {
                    recovery = i;
                    recoveryDue = false;
                }
                top = e;
                topIndex = i;
            } else if (e < top * deeper) {
                double depth = e / top - 1;
                if (depth < worst) {
                    worst = depth;
                    deeper = (1 + worst) * SLACK;
                    worstPeak = topIndex;
                    worstTrough = i;
                    recovery = -1;
                    recoveryDue = true;
                }
            }
            if (!(e <= HIGH && e >= LOW)) {
                equity = e;
                peak = top;
                rescale();
                e = equity;
                top = peak;
            }
        }
        equity = e;
        peak = top;
        peakIndex = topIndex;
        index = i;
    }

    private void rescale() {
        if (equity == 0) {
            return; // a total loss stays a total loss
        }
        double truePeak = peak < Double.POSITIVE_INFINITY ? peak : farPeak;
        int truePeakScale = peak < Double.POSITIVE_INFINITY ? scale : farPeakScale;
        int shift = Math.getExponent(equity);
        equity = Math.scalb(equity, -shift);
        scale += shift;
        // Exact, or +Infinity when the peak is more than 2^1023 above the equity; then every point
        // is a drawdown of -1 (to double precision) until the equity climbs back into range.
        peak = Math.scalb(truePeak, truePeakScale - scale);
        farPeak = truePeak;
        farPeakScale = truePeakScale;
    }

    /** {@code ln} of the equity at the end, {@code ln(prod(1 + r_i))}; {@code -Infinity} after a total loss. */
    double logGrowth() {
        return Math.log(equity) + scale * Math.log(2);
    }

    /** The equity at the end, {@code prod(1 + r_i)}, which may overflow to {@code +Infinity}. */
    double growth() {
        return Math.scalb(equity, scale);
    }

    /** The drawdown at the last point added, {@code equity / peak - 1}. */
    double drawdownNow() {
        return equity / peak - 1;
    }

    /** The deepest drawdown so far; {@link Drawdown#UNDEFINED} before the first return. */
    Drawdown maxDrawdown() {
        if (index == 0) {
            return Drawdown.UNDEFINED;
        }
        if (worst == 0) {
            return new Drawdown(0.0, 0, 0, -1, index);
        }
        return new Drawdown(worst, worstPeak, worstTrough, recovery, index);
    }
}

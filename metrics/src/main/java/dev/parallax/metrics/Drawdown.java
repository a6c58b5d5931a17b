package dev.parallax.metrics;

/**
 * The deepest fall of an equity curve from a running peak.
 *
 * <p>Indices point into the equity curve of {@link EquityCurve#fromReturns(double[])}: index 0 is
 * the starting value before the first return, index {@code i} the value after return {@code i - 1}.
 * So the starting capital counts as a peak, as in empyrical.
 *
 * @param depth         {@code trough / peak - 1}: zero or negative, {@code -0.25} for a 25% fall;
 *                      NaN when there is no data ({@link #UNDEFINED})
 * @param peakIndex     the last point at or before the trough where the curve stood at its running
 *                      high; -1 only for {@link #UNDEFINED}
 * @param troughIndex   the lowest point relative to that peak (the first one, if several tie)
 * @param recoveryIndex the first point after the trough back at or above the peak value, or -1 when
 *                      the curve has not recovered by its end
 * @param lastIndex     the index of the last point of the curve (the number of returns)
 */
public record Drawdown(double depth, int peakIndex, int troughIndex, int recoveryIndex, int lastIndex) {

    /** What an empty series has: depth NaN and every index -1. */
    public static final Drawdown UNDEFINED = new Drawdown(Double.NaN, -1, -1, -1, -1);

    /** Checks that the indices are in order and the depth is not positive. */
    public Drawdown {
        if (depth > 0) {
            throw new IllegalArgumentException("depth must be <= 0 (a fall is negative), was " + depth);
        }
        if (!Double.isNaN(depth)) {
            if (peakIndex < 0 || troughIndex < peakIndex || lastIndex < troughIndex) {
                throw new IllegalArgumentException("indices must satisfy 0 <= peakIndex <= troughIndex <= lastIndex, were "
                        + peakIndex + ", " + troughIndex + ", " + lastIndex);
            }
            if (recoveryIndex != -1 && (recoveryIndex <= troughIndex || recoveryIndex > lastIndex)) {
                throw new IllegalArgumentException("recoveryIndex must be -1 or in (troughIndex, lastIndex], was "
                        + recoveryIndex);
            }
        }
    }

    /** True when the curve came back to the peak value after the trough (or never fell). */
    public boolean recovered() {
        return recoveryIndex >= 0 || depth == 0;
    }

    /**
     * Periods spent under water in this drawdown: from the peak to the recovery, or to the end of the
     * curve when it has not recovered; zero when the curve never fell, -1 for {@link #UNDEFINED}.
     */
    public int durationPeriods() {
        if (Double.isNaN(depth)) {
            return -1;
        }
        if (depth == 0) {
            return 0;
        }
        return (recoveryIndex >= 0 ? recoveryIndex : lastIndex) - peakIndex;
    }

    /** Periods from the peak down to the trough; -1 for {@link #UNDEFINED}. */
    public int declinePeriods() {
        return Double.isNaN(depth) ? -1 : troughIndex - peakIndex;
    }
}

package dev.parallax.backtest.regime;

import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.indicator.RollingStandardDeviation;

/**
 * Labels the market of one symbol from its closing prices, in O(1) per price.
 *
 * <ol>
 *   <li>{@link Regime#VOLATILE} when the standard deviation of the last {@code shortWindow} log
 *       returns exceeds {@code volatileRatio} times that of the last {@code longWindow};</li>
 *   <li>otherwise {@link Regime#TRENDING} when Kaufman's efficiency ratio over {@code shortWindow}
 *       prices, {@code |p_t - p_(t-n)| / sum(|p_i - p_(i-1)|)}, is at least {@code trendThreshold}
 *       (1 is a straight line, 0 a round trip);</li>
 *   <li>otherwise {@link Regime#RANGING};</li>
 *   <li>{@link Regime#UNKNOWN} until {@code longWindow} returns have been seen.</li>
 * </ol>
 *
 * Defaults: short window 20, long window 100, volatile ratio 1.5, trend threshold 0.3.
 */
public final class RegimeClassifier {

    private final int shortWindow;
    private final int longWindow;
    private final double volatileRatio;
    private final double trendThreshold;
    private final RollingStandardDeviation shortVol;
    private final RollingStandardDeviation longVol;
    private final double[] prices;
    private final double[] moves;
    private double pathLength;
    /** The two deviations as their last updates returned them ({@code value()}, NaN while not ready). */
    private double shortDeviation = Double.NaN;
    private double longDeviation = Double.NaN;
    private long count;
    /** The slot of {@code moves} the next move goes to: {@code (count - 1) % shortWindow}, kept as a ring index. */
    private int moveSlot;
    /** The slot of {@code prices} the next price goes to, {@code count % prices.length}: the oldest price held. */
    private int priceSlot;
    private double previous = Double.NaN;

    /** The classifier with the default windows and thresholds. */
    public RegimeClassifier() {
        this(20, 100, 1.5, 0.3);
    }

    /** A classifier with the given windows ({@code 2 <= short < long}) and thresholds ({@code > 0}). */
    public RegimeClassifier(int shortWindow, int longWindow, double volatileRatio, double trendThreshold) {
        if (shortWindow < 2 || longWindow <= shortWindow) {
            throw new IllegalArgumentException("windows must satisfy 2 <= short < long, were " + shortWindow + " and "
                    + longWindow);
        }
        this.shortWindow = shortWindow;
        this.longWindow = longWindow;
        this.volatileRatio = Preconditions.positive("volatileRatio", volatileRatio);
        this.trendThreshold = Preconditions.positive("trendThreshold", trendThreshold);
        this.shortVol = new RollingStandardDeviation(shortWindow);
        this.longVol = new RollingStandardDeviation(longWindow);
        this.prices = new double[shortWindow + 1];
        this.moves = new double[shortWindow];
    }

    /** Takes the next price ({@code > 0}) and returns the regime after it. */
    public Regime update(double price) {
        Preconditions.positive("price", price);
        if (!Double.isNaN(previous)) {
            double r = Math.log(price / previous);
            shortDeviation = shortVol.update(r);
            longDeviation = longVol.update(r);
            double move = Math.abs(price - previous);
            pathLength += move - (count > shortWindow ? moves[moveSlot] : 0.0);
            moves[moveSlot] = move;
            moveSlot = moveSlot + 1 == shortWindow ? 0 : moveSlot + 1;
        }
        prices[priceSlot] = price;
        priceSlot = priceSlot + 1 == prices.length ? 0 : priceSlot + 1;
        previous = price;
        count++;
        return current();
    }

    /** The regime after the last price. */
    public Regime current() {
        if (!longVol.isReady()) {
            return Regime.UNKNOWN;
        }
        if (shortDeviation > volatileRatio * longDeviation) {
            return Regime.VOLATILE;
        }
        double first = prices[priceSlot];
        double efficiency = pathLength > 0 ? Math.abs(previous - first) / pathLength : 0.0;
        return efficiency >= trendThreshold ? Regime.TRENDING : Regime.RANGING;
    }
}

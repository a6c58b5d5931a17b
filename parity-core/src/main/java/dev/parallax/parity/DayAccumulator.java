package dev.parallax.parity;

/**
 * Running totals of one day's completed trades, so that a daily report costs the same whatever the
 * number of trades. Price differences are accumulated with Welford's update (mean and sum of
 * squared deviations), which is as accurate as the two-pass formula and needs one pass. Not
 * thread-safe: {@link ParityTracker} guards it.
 */
final class DayAccumulator {

    private int count;
    private double mean;
    private double squaredDeviations;
    private double maxAbs;
    private double notional;
    private double slippage;
    private double fee;
    private double timing;
    private double total;
    private double latencySum;
    private double latencyMax;
    private double delaySum;

    /** A copy with the same totals, to add a trade to without changing this one. */
    DayAccumulator copy() {
        DayAccumulator copy = new DayAccumulator();
        copy.count = count;
        copy.mean = mean;
        copy.squaredDeviations = squaredDeviations;
        copy.maxAbs = maxAbs;
        copy.notional = notional;
        copy.slippage = slippage;
        copy.fee = fee;
        copy.timing = timing;
        copy.total = total;
        copy.latencySum = latencySum;
        copy.latencyMax = latencyMax;
        copy.delaySum = delaySum;
        return copy;
    }

    /**
     * Whether every total is a finite number, so that the day's figures are too. Extreme prices or
     * sizes can overflow a sum (and {@code Infinity - Infinity} makes a NaN) even when each trade's
     * own figures are finite.
     */
    boolean finite() {
        if (count == 0) {
            return true;
        }
        double[] figures = {mean, squaredDeviations, maxAbs, notional, slippage, fee, timing, total, latencySum,
            latencyMax, delaySum, total / notional - slippage / notional - fee / notional - timing / notional};
        for (double figure : figures) {
            if (!Double.isFinite(figure)) {
                return false;
            }
        }
        return true;
    }

    /** Writes every total by its bits, so {@link #readFrom} resumes them exactly. */
    void writeTo(StateOutput out) {
        out.writeInt(count);
        for (double value : new double[] {mean, squaredDeviations, maxAbs, notional, slippage, fee, timing, total,
            latencySum, latencyMax, delaySum}) {
            out.writeDouble(value);
        }
    }

    /**
     * The totals {@link #writeTo} wrote.
     *
     * @throws IllegalArgumentException if the count is not above 0 or a total is not a finite number
     */
    static DayAccumulator readFrom(StateInput in) {
        DayAccumulator day = new DayAccumulator();
        day.count = in.readInt();
        if (day.count <= 0) {
            throw new IllegalArgumentException("a day's count of completed trades must be > 0, was " + day.count);
        }
        day.mean = in.readDouble();
        day.squaredDeviations = in.readDouble();
        day.maxAbs = in.readDouble();
        day.notional = in.readDouble();
        day.slippage = in.readDouble();
        day.fee = in.readDouble();
        day.timing = in.readDouble();
        day.total = in.readDouble();
        day.latencySum = in.readDouble();
        day.latencyMax = in.readDouble();
        day.delaySum = in.readDouble();
        if (!day.finite()) {
            throw new IllegalArgumentException("a day's totals must be finite numbers");
        }
        return day;
    }

    void add(TradeComparison trade) {
        double difference = trade.priceDifferenceBps();
        count++;
        double delta = difference - mean;
        mean += delta / count;
        squaredDeviations += delta * (difference - mean);
        maxAbs = Math.max(maxAbs, Math.abs(difference));
        double n = trade.backtest().notional();
        CostAttribution a = trade.attribution();
        notional += n;
        slippage += a.slippageBps() * n;
        fee += a.feeBps() * n;
        timing += a.timingBps() * n;
        total += a.totalBps() * n;
        double latency = Millis.of(trade.live().latencyNanos());
        latencySum += latency;
        latencyMax = Math.max(latencyMax, latency);
        delaySum += trade.timingDifferenceMillis();
    }

    DifferenceStatistics statistics() {
        if (count == 0) {
            return DifferenceStatistics.EMPTY;
        }
        double stdDev = count >= 2 ? Math.sqrt(squaredDeviations / (count - 1)) : 0;
        return new DifferenceStatistics(count, mean, stdDev, maxAbs, count >= 2 ? stdDev : Math.abs(mean));
    }

    CostAttribution attribution() {
        return count == 0 ? CostAttribution.ZERO
                : CostAttribution.fromWeightedSums(slippage, fee, timing, total, notional);
    }

    double meanLatencyMillis() {
        return count == 0 ? 0 : latencySum / count;
    }

    double maxLatencyMillis() {
        return latencyMax;
    }

    double meanDelayMillis() {
        return count == 0 ? 0 : delaySum / count;
    }
}

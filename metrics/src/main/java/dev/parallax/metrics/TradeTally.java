package dev.parallax.metrics;

import dev.parallax.sim.api.CompensatedSum;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The one-pass kernel behind {@link TradeStats#of(List)}. */
final class TradeTally {

    private TradeTally() {
    }

    static TradeStats of(List<ClosedTrade> trades) {
        int n = trades.size();
        int winners = 0;
        int losers = 0;
        int winStreak = 0;
        int lossStreak = 0;
        int longestWin = 0;
        int longestLoss = 0;
        boolean everyTradeHasRisk = n > 0;
        double largestWin = Double.NaN;
        double largestLoss = Double.NaN;
        CompensatedSum profit = new CompensatedSum();
        CompensatedSum loss = new CompensatedSum();
        CompensatedSum rMultiples = new CompensatedSum();
        long[] holding = new long[n];
        DurationSum totalHolding = new DurationSum();
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            ClosedTrade trade = trades.get(i);
            if (trade == null) {
                throw new IllegalArgumentException("trades[" + i + "] must not be null");
            }
            double pnl = trade.pnl();
            if (pnl > 0) {
                winners++;
                profit.add(pnl);
                largestWin = winners == 1 ? pnl : Math.max(largestWin, pnl);
                winStreak++;
                lossStreak = 0;
            } else if (pnl < 0) {
                losers++;
                loss.add(pnl);
                largestLoss = losers == 1 ? pnl : Math.min(largestLoss, pnl);
                lossStreak++;
                winStreak = 0;
            } else {
                winStreak = 0;
                lossStreak = 0;
            }
            longestWin = Math.max(longestWin, winStreak);
            longestLoss = Math.max(longestLoss, lossStreak);
            if (trade.hasRisk()) {
                rMultiples.add(trade.rMultiple());
            } else {
                everyTradeHasRisk = false;
            }
            holding[i] = trade.holdingNanos();
            totalHolding.add(holding[i]);
            double delta = pnl - mean;
            mean += delta / (i + 1);
            m2 += delta * (pnl - mean);
        }
        double grossProfit = profit.sum();
        double grossLoss = loss.sum();
        double averageWin = winners == 0 ? Double.NaN : grossProfit / winners;
        double averageLoss = losers == 0 ? Double.NaN : grossLoss / losers;
        double sd = n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
        return new TradeStats(
                n, winners, losers, n - winners - losers,
                n == 0 ? Double.NaN : (double) winners / n,
                grossProfit, grossLoss, grossProfit + grossLoss,
                ratio(grossProfit, -grossLoss),
                n == 0 ? Double.NaN : (grossProfit + grossLoss) / n,
                everyTradeHasRisk ? rMultiples.sum() / n : Double.NaN,
                averageWin, averageLoss,
                losers == 0 ? (winners == 0 ? Double.NaN : Double.POSITIVE_INFINITY)
                        : (winners == 0 ? 0.0 : averageWin / -averageLoss),
                largestWin, largestLoss,
                n == 0 ? Duration.ZERO : totalHolding.total().dividedBy(n),
                median(holding),
                longestWin, longestLoss,
                sd > 0 ? Math.sqrt(n) * mean / sd : Double.NaN);
    }

    /**
     * A sum of nanosecond durations kept as whole seconds and nanoseconds, the way {@link Duration}
     * keeps it, so it is exact far beyond the range of a {@code long} of nanoseconds (centuries of
     * holding time summed over many trades) without a {@code Duration} for every term.
     */
    private static final class DurationSum {
        private static final long NANOS_PER_SECOND = 1_000_000_000L;

        private long seconds;
        /** From 0 to 999,999,999. */
        private long nanos;

        /** Adds {@code nanosToAdd}, as {@link Duration#plusNanos} would. */
        void add(long nanosToAdd) {
            long adjusted = nanos + nanosToAdd % NANOS_PER_SECOND;
            seconds = Math.addExact(Math.addExact(seconds, nanosToAdd / NANOS_PER_SECOND),
                    Math.floorDiv(adjusted, NANOS_PER_SECOND));
            nanos = Math.floorMod(adjusted, NANOS_PER_SECOND);
        }

        /** The sum so far. */
        Duration total() {
            return Duration.ofSeconds(seconds, nanos);
        }
    }

    /** {@code gains / losses} with +Infinity for gains over no losses and NaN for neither. */
    private static double ratio(double gains, double losses) {
        if (losses == 0) {
            return gains > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return gains / losses;
    }

    private static Duration median(long[] values) {
        int n = values.length;
        if (n == 0) {
            return Duration.ZERO;
        }
        Arrays.sort(values);
        long upper = values[n / 2];
        if (n % 2 == 1) {
            return Duration.ofNanos(upper);
        }
        long lower = values[n / 2 - 1];
        return Duration.ofNanos(lower + (upper - lower) / 2);
    }
}

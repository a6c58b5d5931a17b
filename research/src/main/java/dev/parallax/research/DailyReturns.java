package dev.parallax.research;

import dev.parallax.metrics.EquityCurve;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Daily returns of a per-bar equity series, cut as the event engine cuts them: the equity at the last
 * bar of each UTC day, returns close to close from the starting cash, until ruin (the first day ending
 * at or after the ruin is -1 and later days 0).
 *
 * @param dayTimes end time of each day's last bar
 * @param returns  the day's simple return
 */
record DailyReturns(long[] dayTimes, double[] returns) {

    private static final long DAY_NANOS = 86_400_000_000_000L;

    /** The daily returns of {@code equity}, the equity after the bar ending at {@code times[i]}. */
    static DailyReturns of(long[] times, double[] equity, double initialCash, OptionalLong ruinedAtNanos) {
        int n = times.length;
        long[] dayTimes = new long[Math.min(n, 16)];
        double[] curve = new double[Math.min(n, 16) + 1];
        curve[0] = initialCash;
        int days = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || Math.floorDiv(times[i], DAY_NANOS) != Math.floorDiv(times[i + 1], DAY_NANOS)) {
                if (days == dayTimes.length) {
                    dayTimes = Arrays.copyOf(dayTimes, days * 2);
                    curve = Arrays.copyOf(curve, days * 2 + 1);
                }
                dayTimes[days] = times[i];
                curve[++days] = equity[i];
            }
        }
        dayTimes = Arrays.copyOf(dayTimes, days);
        double[] returns = EquityCurve.toReturnsUntilRuin(Arrays.copyOf(curve, days + 1));
        if (ruinedAtNanos.isPresent()) {
            for (int i = 0; i < returns.length; i++) {
                if (returns[i] == -1.0) {
                    break;
                }
                if (dayTimes[i] >= ruinedAtNanos.getAsLong()) {
                    returns[i] = -1.0;
                    Arrays.fill(returns, i + 1, returns.length, 0.0);
                    break;
                }
            }
        }
        return new DailyReturns(dayTimes, returns);
    }
}

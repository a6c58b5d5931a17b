package dev.parallax.research;

import dev.parallax.backtest.columnar.BarSeries;
import java.io.Serializable;
import java.time.Instant;

/**
 * The bars a run sees: those whose end time is in {@code [fromNanos, toNanos)}.
 *
 * @param fromNanos first bar end time included, epoch nanoseconds
 * @param toNanos   bar end times from here on are excluded; {@code > fromNanos}
 */
public record BarWindow(long fromNanos, long toNanos) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Every bar. */
    public static final BarWindow ALL = new BarWindow(Long.MIN_VALUE, Long.MAX_VALUE);

    /** Checks the order. */
    public BarWindow {
        if (toNanos <= fromNanos) {
            throw new IllegalArgumentException("toNanos must be after fromNanos, was from " + fromNanos + " to "
                    + toNanos);
        }
    }

    /** True if a bar ending at {@code timeNanos} is in the window. */
    public boolean contains(long timeNanos) {
        return timeNanos >= fromNanos && timeNanos < toNanos;
    }

    /**
     * The bars of {@code bars} inside the window, as a new series (the same series when the window
     * holds every bar).
     *
     * @throws IllegalArgumentException if no bar is inside
     */
    public BarSeries slice(BarSeries bars) {
        int first = 0;
        while (first < bars.size() && bars.time(first) < fromNanos) {
            first++;
        }
        int end = first;
        while (end < bars.size() && bars.time(end) < toNanos) {
            end++;
        }
        if (first == 0 && end == bars.size()) {
            return bars;
        }
        if (end == first) {
            throw new IllegalArgumentException("no bar of " + bars.symbol() + " ends in " + this);
        }
        BarSeries.Builder b = new BarSeries.Builder(bars.symbol(), end - first);
        for (int i = first; i < end; i++) {
            b.add(bars.time(i), bars.open(i), bars.high(i), bars.low(i), bars.close(i), bars.volume(i));
        }
        return b.build();
    }

    @Override
    public String toString() {
        if (equals(ALL)) {
            return "all bars";
        }
        return "[" + Instant.ofEpochSecond(0, fromNanos) + ", " + Instant.ofEpochSecond(0, toNanos) + ")";
    }
}

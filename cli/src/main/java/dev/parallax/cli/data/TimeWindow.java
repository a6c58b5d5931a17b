package dev.parallax.cli.data;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The events of a time-ordered source from the start of one UTC day to the end of another,
 * streaming: events before the window are skipped, the first one after it ends the stream.
 */
public final class TimeWindow implements MarketDataSource {

    private final MarketDataSource source;
    private final long fromNanos;
    private final long toNanos;
    private MarketEvent pending;
    private boolean ended;

    /** The events of {@code source} on the days {@code from} to {@code to} (both optional, inclusive). */
    public TimeWindow(MarketDataSource source, Optional<LocalDate> from, Optional<LocalDate> to) {
        this(source, from, to, 0L);
    }

    /**
     * The events of {@code source} whose time less {@code labelShiftNanos} falls on the days {@code from}
     * to {@code to}: for bars labelled by their open and timed by their end, the window applies to the
     * label, so a daily bar written as 2024-01-31 belongs to that day.
     */
    public TimeWindow(MarketDataSource source, Optional<LocalDate> from, Optional<LocalDate> to,
                      long labelShiftNanos) {
        if (labelShiftNanos < 0) {
            throw new IllegalArgumentException("labelShiftNanos must be >= 0, was " + labelShiftNanos);
        }
        this.source = source;
        this.fromNanos = shift(from.map(d -> startNanos(d.toEpochDay())).orElse(Long.MIN_VALUE), labelShiftNanos);
        this.toNanos = shift(to.map(d -> startNanos(d.toEpochDay() + 1))
                .map(end -> end == Long.MAX_VALUE || end == Long.MIN_VALUE ? end : end - 1).orElse(Long.MAX_VALUE),
                labelShiftNanos);
    }

    /** {@code bound + shift}, an open bound (the smallest or largest long) staying open, saturating. */
    private static long shift(long bound, long shift) {
        if (bound == Long.MIN_VALUE || bound == Long.MAX_VALUE) {
            return bound;
        }
        long sum = bound + shift;
        return sum < bound ? Long.MAX_VALUE : sum;
    }

    /**
     * The start of a UTC day in epoch nanoseconds; a day before or after what a long holds (1677 to
     * 2262) gives the smallest or largest long, so such a bound keeps every event on its side.
     */
    private static long startNanos(long epochDay) {
        try {
            return Math.multiplyExact(Math.multiplyExact(epochDay, 86_400L), 1_000_000_000L);
        } catch (ArithmeticException e) {
            return epochDay < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    @Override
    public boolean hasNext() {
        while (pending == null && !ended) {
            if (!source.hasNext()) {
                ended = true;
            } else {
                MarketEvent e = source.next();
                if (e.timeNanos() > toNanos) {
                    ended = true;
                } else if (e.timeNanos() >= fromNanos) {
                    pending = e;
                }
            }
        }
        return pending != null;
    }

    @Override
    public MarketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more events in the time window");
        }
        MarketEvent e = pending;
        pending = null;
        return e;
    }

    @Override
    public void close() {
        source.close();
    }
}

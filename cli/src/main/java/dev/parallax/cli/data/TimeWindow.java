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
        this.source = source;
        this.fromNanos = from.map(d -> startNanos(d.toEpochDay())).orElse(Long.MIN_VALUE);
        this.toNanos = to.map(d -> startNanos(d.toEpochDay() + 1))
                .map(end -> end == Long.MAX_VALUE || end == Long.MIN_VALUE ? end : end - 1).orElse(Long.MAX_VALUE);
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

package dev.parallax.sim.api.data;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;

/**
 * A stream of market events in time order, read lazily so memory does not grow with the length of
 * the data. Close it when done; a source that reads a file releases the file on close. Read errors
 * are thrown as {@link java.io.UncheckedIOException}; malformed input as
 * {@link IllegalArgumentException} naming where it is.
 *
 * <p>This is the market feed a strategy runs on, historical or live: a file reader answers at once,
 * a live stream may have nothing yet. A real-time runner asks {@link #awaitNext} with a timeout
 * before it calls {@link #hasNext}, so that it can do what falls due while the feed is quiet.
 */
public interface MarketDataSource extends Iterator<MarketEvent>, AutoCloseable {

    /**
     * Waits at most {@code timeout} until {@link #hasNext} can answer without waiting: an event is
     * ready, or the source has ended or failed. True if it can; false if the time ran out first.
     * The default answers true at once, which is right for every source whose {@code hasNext} never
     * waits (files, memory); a source whose {@code hasNext} waits for the network overrides it.
     *
     * @throws IllegalArgumentException if {@code timeout} is negative
     */
    default boolean awaitNext(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be >= 0, was " + timeout);
        }
        return true;
    }

    /** Releases what the source holds. Closing twice does nothing. */
    @Override
    void close();

    /** A source over events already in memory, in the list's order. */
    static MarketDataSource of(List<? extends MarketEvent> events) {
        Iterator<? extends MarketEvent> it = List.copyOf(events).iterator();
        return new MarketDataSource() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public MarketEvent next() {
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }
}

package dev.parallax.sim.api.data;

import java.util.Iterator;
import java.util.List;

/**
 * A stream of market events in time order, read lazily so memory does not grow with the length of
 * the data. Close it when done; a source that reads a file releases the file on close. Read errors
 * are thrown as {@link java.io.UncheckedIOException}; malformed input as
 * {@link IllegalArgumentException} naming where it is.
 */
public interface MarketDataSource extends Iterator<MarketEvent>, AutoCloseable {

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

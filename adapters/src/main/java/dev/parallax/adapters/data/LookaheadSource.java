package dev.parallax.adapters.data;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.util.NoSuchElementException;

/**
 * The iterator half of a streaming source: holds the one event read ahead, so that
 * {@link #hasNext()} can answer without losing it. Subclasses say how to read the next event.
 */
abstract class LookaheadSource implements MarketDataSource {

    private MarketEvent next;

    /** Reads the next event, or returns {@code null} when there are no more. */
    abstract MarketEvent advance();

    /** The message of the exception thrown when {@link #next()} is called at the end. */
    abstract String exhausted();

    @Override
    public final boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public final MarketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException(exhausted());
        }
        MarketEvent event = next;
        next = null;
        return event;
    }
}

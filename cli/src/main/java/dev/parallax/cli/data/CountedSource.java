package dev.parallax.cli.data;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;

/** A source that counts the events taken from it: the rows a reader turned into events. */
final class CountedSource implements MarketDataSource {

    private final MarketDataSource source;
    private long count;

    CountedSource(MarketDataSource source) {
        this.source = source;
    }

    @Override
    public boolean hasNext() {
        return source.hasNext();
    }

    @Override
    public MarketEvent next() {
        MarketEvent e = source.next();
        count++;
        return e;
    }

    @Override
    public void close() {
        source.close();
    }

    /** Events taken so far. */
    long count() {
        return count;
    }
}

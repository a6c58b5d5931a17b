package dev.parallax.backtest;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.util.NoSuchElementException;
import java.util.concurrent.LinkedBlockingQueue;

/** A source whose {@code hasNext} waits, as a live stream's does, for what the test feeds it: events, the end, a failure. */
final class HandFedSource implements MarketDataSource {

    private static final Object END = new Object();
    private final LinkedBlockingQueue<Object> fed = new LinkedBlockingQueue<>();
    private Object head;

    void feed(MarketEvent event) {
        fed.add(event);
    }

    void end() {
        fed.add(END);
    }

    void fail(RuntimeException e) {
        fed.add(e);
    }

    @Override
    public boolean hasNext() {
        if (head == null) {
            try {
                head = fed.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (head instanceof RuntimeException e) {
            throw e;
        }
        return head != END;
    }

    @Override
    public MarketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        MarketEvent event = (MarketEvent) head;
        head = null;
        return event;
    }

    /** Ends the stream, waking a reader that waits; may be called from any thread. */
    @Override
    public void close() {
        fed.add(END);
    }
}

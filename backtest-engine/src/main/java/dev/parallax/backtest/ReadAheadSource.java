package dev.parallax.backtest;

import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;

/**
 * Reads a source whose {@code hasNext} waits (a live stream, or an aggregator over one) on a thread
 * of its own, so that a real-time {@link StrategyRunner} can wait on it with a timeout
 * ({@link #awaitNext}) and do what falls due meanwhile.
 *
 * <p>The reader thread ({@code parallax-read-ahead}, a daemon) keeps at most {@code capacity} events
 * waiting and then waits itself: nothing is dropped, and memory stays bounded. Events come out in the
 * source's order. When the source fails, the events read before the failure come out first, then
 * {@link #hasNext} throws the source's exception. {@link #close} closes the source from the calling
 * thread (which must be allowed: {@code TradeStreamSource}'s close wakes its reader from any thread),
 * then ends the reader thread (waiting for it at most a second); afterwards {@code hasNext} answers
 * false. One thread reads this source.
 */
public final class ReadAheadSource implements MarketDataSource {

    /** How long {@link #close} waits for the reader thread to end. */
    private static final long JOIN_MILLIS = 1_000;

    private final MarketDataSource source;
    private final int capacity;
    private final ArrayDeque<MarketEvent> waiting = new ArrayDeque<>();
    private final Thread reader;
    private boolean ended;
    private RuntimeException failure;
    private boolean closed;

    /**
     * Starts reading {@code source} ahead, keeping at most {@code capacity} (> 0) events waiting.
     *
     * @throws IllegalArgumentException if {@code capacity} is not positive
     */
    public ReadAheadSource(MarketDataSource source, int capacity) {
        this.source = Preconditions.notNull("source", source);
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be > 0, was " + capacity);
        }
        this.capacity = capacity;
        this.reader = new Thread(this::read, "parallax-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            while (source.hasNext()) {
                MarketEvent event = source.next();
                synchronized (this) {
                    while (waiting.size() >= capacity && !closed) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    waiting.add(event);
                    notifyAll();
                }
            }
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed(e);
        } catch (Error e) {
            failed(new IllegalStateException("reading the market data failed: " + e, e));
        }
    }

    private synchronized void failed(RuntimeException e) {
        failure = e;
        notifyAll();
    }

    /** True while the reader thread runs. */
    boolean readerAlive() {
        return reader.isAlive();
    }

    /** Waits at most {@code timeout} for an event, the end or a failure; true if one is there. */
    @Override
    public synchronized boolean awaitNext(Duration timeout) {
        Preconditions.notNull("timeout", timeout);
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be >= 0, was " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!ready()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ready();
        }
        return true;
    }

    private boolean ready() {
        return closed || !waiting.isEmpty() || ended || failure != null;
    }

    /**
     * Waits for the next event or the end.
     *
     * @throws RuntimeException the source's own exception, once the events read before it are taken
     * @throws IllegalStateException if the waiting thread is interrupted
     */
    @Override
    public synchronized boolean hasNext() {
        try {
            while (!ready()) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next market event", e);
        }
        if (closed) {
            return false;
        }
        if (!waiting.isEmpty()) {
            return true;
        }
        if (failure != null) {
            throw failure;
        }
        return false;
    }

    @Override
    public synchronized MarketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more market events");
        }
        MarketEvent event = waiting.poll();
        notifyAll();
        return event;
    }

    /** Closes the source (from this thread), ends the reader thread and drops what is waiting. Closing twice does nothing. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            waiting.clear();
            notifyAll();
        }
        try {
            source.close();
        } finally {
            reader.interrupt();
            try {
                reader.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

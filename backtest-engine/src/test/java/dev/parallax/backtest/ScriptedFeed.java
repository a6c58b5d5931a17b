package dev.parallax.backtest;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;

/**
 * A live feed played from a list, on a wall clock of its own: after each event it is quiet for
 * {@code quietPolls} calls of {@link #awaitNext}, each moving its wall clock on by {@code quietStepNanos};
 * with {@code endless}, it stays quiet after the last event (really waiting the timeout) instead of ending.
 */
final class ScriptedFeed implements MarketDataSource {

    private final List<? extends MarketEvent> events;
    private final int quietPolls;
    private final long quietStepNanos;
    private final boolean endless;
    /** Counted down when the feed first has nothing more to give and stays quiet. */
    final CountDownLatch exhausted = new CountDownLatch(1);
    private volatile long wallNanos;
    private volatile int handedOut;
    private int quietLeft;

    ScriptedFeed(List<? extends MarketEvent> events, int quietPolls, long quietStepNanos, boolean endless) {
        this.events = List.copyOf(events);
        this.quietPolls = quietPolls;
        this.quietStepNanos = quietStepNanos;
        this.endless = endless;
    }

    /** The feed's wall clock, for {@code StrategyRunner.Builder.wallClock}. */
    long wall() {
        return wallNanos;
    }

    /** Events handed out so far. */
    int handedOut() {
        return handedOut;
    }

    @Override
    public boolean awaitNext(Duration timeout) {
        if (quietLeft > 0) {
            quietLeft--;
            wallNanos += quietStepNanos;
            return false;
        }
        if (endless && handedOut == events.size()) {
            exhausted.countDown();
            try {
                Thread.sleep(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
        return true;
    }

    @Override
    public boolean hasNext() {
        return handedOut < events.size();
    }

    @Override
    public MarketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more scripted events");
        }
        MarketEvent e = events.get(handedOut);
        handedOut++;
        quietLeft = quietPolls;
        wallNanos += 1;
        return e;
    }

    @Override
    public void close() {
    }
}

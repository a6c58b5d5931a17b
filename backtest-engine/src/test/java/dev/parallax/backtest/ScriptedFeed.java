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
 * {@link #replayedAt} paces it instead as a replay server would: the wall time between two events
 * is the gap between their times divided by the speed-up, spread over the quiet polls.
 */
final class ScriptedFeed implements MarketDataSource {

    private final List<? extends MarketEvent> events;
    private final int quietPolls;
    private final long quietStepNanos;
    private final boolean endless;
    /** The speed-up of a replay; 0 for a fixed quiet step. */
    private final double speed;
    private long quietWallLeft;
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
        this.speed = 0;
    }

    private ScriptedFeed(List<? extends MarketEvent> events, int quietPolls, double speed) {
        this.events = List.copyOf(events);
        this.quietPolls = quietPolls;
        this.quietStepNanos = 0;
        this.endless = false;
        this.speed = speed;
    }

    /** A replay of {@code events} at {@code speed} times real time, each gap spread over {@code quietPolls} quiet polls. */
    static ScriptedFeed replayedAt(List<? extends MarketEvent> events, double speed, int quietPolls) {
        return new ScriptedFeed(events, quietPolls, speed);
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
            if (speed > 0) {
                long step = quietLeft == 0 ? quietWallLeft : quietWallLeft / (quietLeft + 1);
                quietWallLeft -= step;
                wallNanos += step;
            } else {
                wallNanos += quietStepNanos;
            }
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
        if (speed > 0 && handedOut < events.size()) {
            quietWallLeft = (long) ((events.get(handedOut).timeNanos() - e.timeNanos()) / speed);
        }
        wallNanos += 1;
        return e;
    }

    @Override
    public void close() {
    }
}

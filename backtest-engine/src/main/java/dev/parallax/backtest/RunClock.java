package dev.parallax.backtest;

import dev.parallax.sim.api.Preconditions;
import java.time.Duration;

/**
 * The clock a {@link StrategyRunner} runs on. Either way every time the strategy and the venue see
 * is event time, the times the feed's events carry; the clock decides only how the runner waits.
 * <ul>
 *   <li>{@link #HISTORICAL}: the feed is read as fast as it answers; nothing happens between events
 *       but what the events bring.</li>
 *   <li>{@link #realTime(Duration)}: the runner waits on the feed at most {@code poll} at a time
 *       ({@code MarketDataSource.awaitNext}); while the feed is quiet, the market-data deliveries due
 *       before the <em>horizon</em> (the last event's time plus the wall time elapsed since it
 *       arrived) are made, each as the historical run makes it. See {@link StrategyRunner}.</li>
 * </ul>
 */
public final class RunClock {

    /** Event time, as fast as the feed answers: a backtest. */
    public static final RunClock HISTORICAL = new RunClock(false, Duration.ZERO);

    private final boolean realTime;
    private final Duration poll;

    private RunClock(boolean realTime, Duration poll) {
        this.realTime = realTime;
        this.poll = poll;
    }

    /**
     * Event time paced by a live feed: the runner waits at most {@code poll} (> 0) at a time for the
     * next event, and between waits does what has fallen due and checks for {@link StrategyRunner#stop()}.
     */
    public static RunClock realTime(Duration poll) {
        Preconditions.notNull("poll", poll);
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("poll must be > 0, was " + poll);
        }
        return new RunClock(true, poll);
    }

    /** True for a real-time clock. */
    public boolean isRealTime() {
        return realTime;
    }

    /** How long the runner waits on the feed at a time; zero for {@link #HISTORICAL}. */
    public Duration poll() {
        return poll;
    }

    @Override
    public String toString() {
        return realTime ? "real time (poll " + poll + ")" : "historical";
    }
}

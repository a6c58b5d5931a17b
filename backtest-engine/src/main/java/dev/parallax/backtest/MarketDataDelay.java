package dev.parallax.backtest;

import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import java.util.SplittableRandom;

/**
 * When the strategy of one run sees each market event: at {@code max(previous delivery, event time
 * + delay)}, the delay a {@link LatencyKind#MARKET_DATA} draw of the run's latency model. Taking the
 * maximum keeps the events in time order for the strategy: a later event with a shorter delay waits
 * for the earlier one instead of overtaking it. The sum saturates at {@link Long#MAX_VALUE}.
 *
 * <p>The draws come from a generator of their own, {@code new SplittableRandom(seed).split()}: the
 * first split of a generator seeded with the run's seed, a stream independent of the simulator's
 * {@code new SplittableRandom(seed)}. Turning market-data latency on or off therefore moves none of
 * the simulator's own draws (order-submit and notification latency, fills, queue), and the same
 * seed gives the same delays.
 *
 * <p>Switched off, every event is seen at its own time and nothing is drawn.
 */
final class MarketDataDelay {

    private final LatencyModel latency;
    private final SplittableRandom rng;
    private long lastDelivery = Long.MIN_VALUE;

    private MarketDataDelay(LatencyModel latency, SplittableRandom rng) {
        this.latency = latency;
        this.rng = rng;
    }

    /** Delays drawn from {@code latency} with the stream derived from {@code seed}. */
    static MarketDataDelay drawn(LatencyModel latency, long seed) {
        return new MarketDataDelay(latency, new SplittableRandom(seed).split());
    }

    /** No delay: each event is seen at its own time. */
    static MarketDataDelay none() {
        return new MarketDataDelay(null, null);
    }

    /**
     * The time the strategy sees an event that happened at {@code eventNanos}; events must be given
     * in the order they happened.
     *
     * @throws IllegalStateException if the latency model draws a negative delay (its contract forbids it)
     */
    long deliveryNanos(long eventNanos) {
        if (latency == null) {
            return eventNanos;
        }
        long delay = latency.sampleNanos(LatencyKind.MARKET_DATA, rng);
        if (delay < 0) {
            throw new IllegalStateException("latency model " + latency.getClass().getName()
                    + " drew a MARKET_DATA delay of " + delay + " ns; delays must be >= 0");
        }
        long due = eventNanos + delay;
        if (due < eventNanos) {
            due = Long.MAX_VALUE;
        }
        lastDelivery = Math.max(lastDelivery, due);
        return lastDelivery;
    }
}

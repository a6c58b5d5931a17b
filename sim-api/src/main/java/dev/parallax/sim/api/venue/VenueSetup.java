package dev.parallax.sim.api.venue;

import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FillModel;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.QueueModel;
import dev.parallax.sim.api.spi.SlippageModel;

/**
 * What a venue is opened with: the execution models and the seed a simulated venue executes with,
 * and the listener that hears every execution and order event. A live venue executes at the real
 * market and uses only the listener.
 *
 * @param fee      prices each fill's fee
 * @param latency  order-submit and fill-notification latency
 * @param slippage price impact of taking fills
 * @param queue    the quantity ahead of a resting order
 * @param fill     how much fills at each opportunity
 * @param seed     seeds the venue's one random generator, so the same seed gives the same fills
 * @param listener hears every execution and order event
 */
public record VenueSetup(FeeModel fee, LatencyModel latency, SlippageModel slippage, QueueModel queue,
                         FillModel fill, long seed, VenueListener listener) {

    /** Checks that every part is given. */
    public VenueSetup {
        Preconditions.notNull("fee", fee);
        Preconditions.notNull("latency", latency);
        Preconditions.notNull("slippage", slippage);
        Preconditions.notNull("queue", queue);
        Preconditions.notNull("fill", fill);
        Preconditions.notNull("listener", listener);
    }
}

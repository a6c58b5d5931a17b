package dev.parallax.sim.core.queue;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.spi.QueueModel;
import dev.parallax.sim.api.spi.QueueModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Puts every resting limit order at the front of its queue: nothing is ahead, so the first trade at
 * its price fills it. The optimistic bound a textbook backtest assumes; part of the ideal-execution
 * preset. Draws nothing from the generator.
 */
public final class FrontOfQueueModel implements QueueModel {

    /** The one instance. */
    public static final FrontOfQueueModel INSTANCE = new FrontOfQueueModel();

    private FrontOfQueueModel() {
    }

    @Override
    public double initialQueueAhead(Order order, MarketConditions market, RandomGenerator rng) {
        return 0.0;
    }

    @Override
    public double queueAheadAfter(double queueAhead, double tradedAtPrice, double previousDepth, double currentDepth,
                                  RandomGenerator rng) {
        return 0.0;
    }

    /** Registers {@code front-of-queue}; takes no settings. */
    public static final class Provider implements QueueModelProvider {
        @Override
        public String name() {
            return "front-of-queue";
        }

        @Override
        public String description() {
            return "nothing ahead of a resting order (ideal); no settings";
        }

        @Override
        public QueueModel create(ModelSettings settings) {
            settings.requireOnly("queue model 'front-of-queue'", Set.of());
            return INSTANCE;
        }
    }
}

package dev.parallax.sim.core.queue;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.QueueModel;
import dev.parallax.sim.api.spi.QueueModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Queue position from displayed depth, in the spirit of hftbacktest's probabilistic queue models.
 *
 * <p>A new order joins behind everything displayed at its price: the displayed size when it joins
 * at the touch, nothing when it improves the touch, and an unknown quantity (infinite) when it
 * rests behind the touch, until its level becomes the touch and the depth is seen. Trades at its
 * price consume the front first; cancellations are split between front and back by a
 * {@link QueueProbability}. See {@link DepthQueueAdvance#after} for the update. Deterministic.
 */
public final class ProbabilisticQueueModel implements QueueModel {

    private final QueueProbability probability;

    /** A model that splits cancellations with {@code probability}. */
    public ProbabilisticQueueModel(QueueProbability probability) {
        this.probability = Preconditions.notNull("probability", probability);
    }

    @Override
    public double initialQueueAhead(Order order, MarketConditions market, RandomGenerator rng) {
        return displayedAhead(order, market);
    }

    /** The displayed quantity ahead of a limit order joining {@code market}; see the class description. */
    static double displayedAhead(Order order, MarketConditions market) {
        double touch = market.nearTouch(order.side());
        double limit = order.limitPrice();
        boolean improves = order.side() == Side.BUY ? limit > touch : limit < touch;
        if (improves) {
            return 0.0;
        }
        return limit == touch ? market.nearSize(order.side()) : Double.POSITIVE_INFINITY;
    }

    @Override
    public double queueAheadAfter(double queueAhead, double tradedAtPrice, double previousDepth, double currentDepth,
                                  RandomGenerator rng) {
        return DepthQueueAdvance.after(queueAhead, tradedAtPrice, previousDepth, currentDepth, probability);
    }

    /** Registers {@code power-probability}: weight {@code x^exponent}; setting {@code exponent} (2). */
    public static final class PowerProvider implements QueueModelProvider {
        @Override
        public String name() {
            return "power-probability";
        }

        @Override
        public String description() {
            return "depth-based queue; cancellations split by x^n weights; setting exponent (2)";
        }

        @Override
        public QueueModel create(ModelSettings settings) {
            settings.requireOnly("queue model 'power-probability'", Set.of("exponent"));
            return new ProbabilisticQueueModel(QueueProbability.power(settings.getDouble("exponent", 2.0)));
        }
    }

    /** Registers {@code log-probability}: weight {@code ln(1 + x)}; no settings. */
    public static final class LogProvider implements QueueModelProvider {
        @Override
        public String name() {
            return "log-probability";
        }

        @Override
        public String description() {
            return "depth-based queue; cancellations split by ln(1+x) weights; no settings";
        }

        @Override
        public QueueModel create(ModelSettings settings) {
            settings.requireOnly("queue model 'log-probability'", Set.of());
            return new ProbabilisticQueueModel(QueueProbability.log());
        }
    }

    /** Registers {@code risk-averse}: only trades advance the order; no settings. */
    public static final class RiskAverseProvider implements QueueModelProvider {
        @Override
        public String name() {
            return "risk-averse";
        }

        @Override
        public String description() {
            return "depth-based queue that advances only on trades at the order's price; no settings";
        }

        @Override
        public QueueModel create(ModelSettings settings) {
            settings.requireOnly("queue model 'risk-averse'", Set.of());
            return new ProbabilisticQueueModel(QueueProbability.NONE);
        }
    }
}

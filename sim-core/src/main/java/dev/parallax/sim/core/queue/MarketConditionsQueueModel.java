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
 * The default queue model: a heuristic count of orders ahead from the state of the market, for
 * data without full depth.
 *
 * <pre>
 * orders ahead = baseOrders * max(1, spreadBps / 10) * max(1, volatility * 100)
 *                / clamp(volume1m / 1,000,000, 0.5, 2)
 * quantity ahead = orders ahead * orderSize
 * </pre>
 *
 * A wide spread and high volatility lengthen the queue (never below the base); heavy volume
 * shortens it by at most half, and thin volume lengthens it by at most double. {@code orderSize}
 * is the typical size of one resting order; when it is not set, the displayed near-side size is
 * taken to be spread over {@code baseOrders} orders, so an unremarkable market puts the whole
 * displayed size ahead. An order that improves the touch has nothing ahead.
 *
 * <p>The queue then advances only when trades consume it, and never exceeds the displayed depth
 * once its level is visible at the touch (cancellations are not credited: a conservative choice).
 * Deterministic.
 *
 * @param baseOrders orders ahead in a calm, liquid market, {@code > 0}
 * @param orderSize  typical size of one resting order, {@code > 0}, or {@code NaN} to derive it from
 *                   the displayed size
 */
public record MarketConditionsQueueModel(double baseOrders, double orderSize) implements QueueModel {

    /** 100 base orders, order size from the displayed depth. */
    public static final MarketConditionsQueueModel DEFAULT = new MarketConditionsQueueModel(100, Double.NaN);

    /** Validates the settings. */
    public MarketConditionsQueueModel {
        Preconditions.positive("baseOrders", baseOrders);
        if (!Double.isNaN(orderSize)) {
            Preconditions.positive("orderSize", orderSize);
        }
    }

    /** Orders ahead of a new order in {@code market}, by the formula in the class description. */
    public double ordersAhead(MarketConditions market) {
        double spreadFactor = Math.max(1.0, market.spreadBps() / 10.0);
        double volatilityFactor = Math.max(1.0, market.volatility() * 100.0);
        double volumeFactor = Math.min(2.0, Math.max(0.5, market.volume1m() / 1_000_000.0));
        return baseOrders * spreadFactor * volatilityFactor / volumeFactor;
    }

    @Override
    public double initialQueueAhead(Order order, MarketConditions market, RandomGenerator rng) {
        double touch = market.nearTouch(order.side());
        boolean improves = order.side() == Side.BUY ? order.limitPrice() > touch : order.limitPrice() < touch;
        if (improves) {
            return 0.0;
        }
        double size = Double.isNaN(orderSize) ? market.nearSize(order.side()) / baseOrders : orderSize;
        return ordersAhead(market) * size;
    }

    @Override
    public double queueAheadAfter(double queueAhead, double tradedAtPrice, double previousDepth, double currentDepth,
                                  RandomGenerator rng) {
        return DepthQueueAdvance.after(queueAhead, tradedAtPrice, previousDepth, currentDepth, QueueProbability.NONE);
    }

    /** Registers {@code market-conditions}; settings {@code base_orders} (100), {@code order_size} (from depth). */
    public static final class Provider implements QueueModelProvider {
        @Override
        public String name() {
            return "market-conditions";
        }

        @Override
        public String description() {
            return "orders ahead from spread, volatility and volume; settings base_orders (100), "
                    + "order_size (displayed size / base_orders)";
        }

        @Override
        public QueueModel create(ModelSettings settings) {
            settings.requireOnly("queue model 'market-conditions'", Set.of("base_orders", "order_size"));
            return new MarketConditionsQueueModel(settings.getDouble("base_orders", 100),
                    settings.getDouble("order_size", Double.NaN));
        }
    }
}

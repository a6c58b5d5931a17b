package dev.parallax.sim.api.spi;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import java.util.random.RandomGenerator;

/**
 * Decides how much of an order's remaining size fills at one opportunity: a partial fill leaves
 * the rest to fill at later opportunities.
 *
 * <p>Contract (checked by {@code FillModelContract}): the result lies in {@code [0, remaining]};
 * all randomness comes from the generator passed in.
 */
public interface FillModel {

    /**
     * Quantity that fills now.
     *
     * @param order     the order
     * @param fillType  how it would fill
     * @param remaining size still open, {@code > 0}
     * @param available quantity the market offers at this opportunity, {@code > 0}: the displayed
     *                  far-side size for orders that take liquidity ({@link Double#POSITIVE_INFINITY}
     *                  when the snapshot shows size 0, meaning depth unknown), the volume traded past
     *                  the queue for a resting order filled at its price, and
     *                  {@link Double#POSITIVE_INFINITY} when the market traded through a resting
     *                  order's price
     * @param market    market at this moment
     * @param rng       the only source of randomness the model may use
     * @return quantity in {@code [0, remaining]}
     */
    double fillSize(Order order, FillType fillType, double remaining, double available, MarketConditions market,
                    RandomGenerator rng);
}

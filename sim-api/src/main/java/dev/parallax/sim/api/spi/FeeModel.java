package dev.parallax.sim.api.spi;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Order;

/**
 * Prices the fee of one fill.
 *
 * <p>The fill's own time is given, not only the order: an order can rest for days before it fills,
 * so a model that tiers on traded volume (a rolling 30-day window, a calendar month) reads its tier
 * at the fill's time. The simulator prices fills in venue-time order, so the times it passes never
 * decrease.
 *
 * <p>Contract (checked by {@code FeeModelContract} in the sim-api test-jar): the fee is finite for
 * any valid fill; a fee model does not draw random numbers; calling it twice with the same
 * arguments gives the same fee unless the model documents state (such as a rolling 30-day volume).
 */
public interface FeeModel {

    /**
     * The fee for filling {@code size} of {@code order} at {@code price} at {@code fillTimeNanos},
     * in quote currency. Positive is a cost; negative is a rebate paid to the trader.
     *
     * @param order         the order that filled
     * @param fillType      how it filled, which usually decides the rate
     * @param price         execution price, finite and {@code > 0}
     * @param size          executed quantity, finite and {@code > 0}
     * @param fillTimeNanos when the fill happened at the venue, epoch nanoseconds; never before the
     *                      order's {@link Order#timeNanos()} when the simulator calls
     */
    double fee(Order order, FillType fillType, double price, double size, long fillTimeNanos);
}

package dev.parallax.sim.api.spi;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Order;

/**
 * Prices the fee of one fill.
 *
 * <p>Contract (checked by {@code FeeModelContract} in the sim-api test-jar): the fee is finite for
 * any valid fill; a fee model does not draw random numbers; calling it twice with the same
 * arguments gives the same fee unless the model documents state (such as a rolling 30-day volume).
 */
public interface FeeModel {

    /**
     * The fee for filling {@code size} of {@code order} at {@code price}, in quote currency.
     * Positive is a cost; negative is a rebate paid to the trader.
     *
     * @param order    the order that filled
     * @param fillType how it filled, which usually decides the rate
     * @param price    execution price, finite and {@code > 0}
     * @param size     executed quantity, finite and {@code > 0}
     */
    double fee(Order order, FillType fillType, double price, double size);
}

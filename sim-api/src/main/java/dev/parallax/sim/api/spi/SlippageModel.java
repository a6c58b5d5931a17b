package dev.parallax.sim.api.spi;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import java.util.random.RandomGenerator;

/**
 * Estimates how far a fill's price moves against the order, beyond the reference price (the far
 * touch for orders that take liquidity, the limit price for resting orders).
 *
 * <p>Sign convention: a positive result is adverse. The simulator applies it as
 * {@code reference * (1 + bps / 10,000)} for a buy and {@code reference * (1 - bps / 10,000)} for a
 * sell, then caps the price at the order's limit, so a limit order never fills worse than its limit.
 *
 * <p>Contract (checked by {@code SlippageModelContract}): the result is finite and {@code >= 0};
 * all randomness comes from the generator passed in.
 */
public interface SlippageModel {

    /**
     * Slippage for filling {@code fillSize} of {@code order} in {@code market}, in basis points.
     *
     * @param order    the order that fills
     * @param fillType how it fills
     * @param fillSize quantity of this fill, {@code > 0}
     * @param market   market at the moment of the fill
     * @param rng      the only source of randomness the model may use
     */
    double slippageBps(Order order, FillType fillType, double fillSize, MarketConditions market,
                       RandomGenerator rng);
}

package dev.parallax.backtest.result;

import dev.parallax.sim.api.Preconditions;

/**
 * An order the backtest account refused: it never reached the simulator.
 *
 * @param orderId   the strategy's client order id
 * @param timeNanos when the strategy sent it, epoch nanoseconds
 * @param reason    why, naming the order, its cost and what the account had
 */
public record OrderRejection(String orderId, long timeNanos, String reason) {

    /** Checks that the id and reason are present. */
    public OrderRejection {
        Preconditions.notBlank("orderId", orderId);
        Preconditions.notBlank("reason", reason);
    }
}

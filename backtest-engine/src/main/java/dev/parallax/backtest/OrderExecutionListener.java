package dev.parallax.backtest;

import dev.parallax.sim.api.Fill;

/**
 * Hears each order's execution: the order's fills summed into one {@link Fill} under the order's
 * client id, once they add up to the order's size, and at the end of the run for every order that
 * filled in part, in the order those orders were sent. This is the execution parity compares, the
 * backtest's and the live account's alike; {@link OrderExecutions} states how the fills are summed.
 * Called on the run's thread; an exception stops the run.
 */
@FunctionalInterface
public interface OrderExecutionListener {

    /** Hears nothing. */
    OrderExecutionListener NONE = execution -> { };

    /** Order {@code execution.orderId()} executed as {@code execution} says. */
    void onOrderExecuted(Fill execution);
}

package dev.parallax.sim.api.strategy;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;

/**
 * A trading strategy: it reacts to market data and fills, and trades through its
 * {@link StrategyContext}. The same class runs in a backtest and, later, live.
 *
 * <p>Every callback has an empty default, so a strategy overrides only what it needs. Callbacks
 * come from one thread, one at a time, in time order. An exception thrown by a callback stops a
 * backtest, which then reports it together with the results so far.
 */
public interface Strategy {

    /** Called once before the first event. */
    default void onStart(StrategyContext context) {
    }

    /** A bar closed. Orders sent now execute as the engine's bar execution setting says. */
    default void onBar(Bar bar, StrategyContext context) {
    }

    /** A trade printed. */
    default void onTrade(TradeTick trade, StrategyContext context) {
    }

    /** The top of the book changed. */
    default void onQuote(Quote quote, StrategyContext context) {
    }

    /** One of this strategy's orders filled, in whole or in part. */
    default void onFill(Fill fill, StrategyContext context) {
    }

    /**
     * The account refused the order {@code clientOrderId} when it was sent (not enough cash or margin,
     * a short in a cash account, a ruined account): it never reached the market, and its id stays
     * used. {@code reason} names the order, its cost and what the account had. Called after the
     * callback that sent the order returns.
     */
    default void onOrderRejected(String clientOrderId, String reason, StrategyContext context) {
    }

    /** Called once after the last event. */
    default void onStop(StrategyContext context) {
    }
}

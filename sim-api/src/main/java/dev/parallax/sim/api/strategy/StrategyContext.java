package dev.parallax.sim.api.strategy;

import dev.parallax.sim.api.Side;

/**
 * What a strategy can see and do: send and cancel orders, read its positions, cash and equity,
 * and the current time.
 *
 * <p>The client order id a strategy gives an order is its own: it must be unique within a run, is
 * used in every fill of that order, and is the trade id under which backtest and live executions
 * of the same decision are matched for parity. Invalid requests (unknown symbol, non-positive size,
 * duplicate id, size above the configured limit) throw {@link IllegalArgumentException}. An order
 * the account cannot afford is not invalid: it is rejected without reaching the market, and the
 * strategy hears of it through {@link Strategy#onOrderRejected}.
 */
public interface StrategyContext {

    /**
     * The current time, epoch nanoseconds: when the strategy handles the event, which is the event's
     * own time or, when market data is delayed, the later moment the event reached the strategy.
     */
    long timeNanos();

    /** Sends a market order for {@code size} units of {@code symbol}. */
    void submitMarket(String clientOrderId, String symbol, Side side, double size);

    /** Sends a limit order for {@code size} units of {@code symbol} at {@code limitPrice} or better. */
    void submitLimit(String clientOrderId, String symbol, Side side, double size, double limitPrice);

    /**
     * Asks to cancel an open order; fills that happen before the cancel reaches the venue stand.
     *
     * @return false if the order had already filled or been cancelled
     */
    boolean cancel(String clientOrderId);

    /** A fresh client order id, {@code <prefix>-<n>} with n counting from 1 within the run. */
    String nextOrderId(String prefix);

    /** Signed position in {@code symbol}: positive long, negative short, 0 flat. */
    double position(String symbol);

    /** Average entry price of the open position in {@code symbol}, or {@code NaN} when flat. */
    double averageEntryPrice(String symbol);

    /**
     * The last price of {@code symbol} the strategy has seen, or {@code NaN} before any data for it;
     * when market data is delayed the market may have moved on since.
     */
    double lastPrice(String symbol);

    /** Cash, after every fill and fee so far. */
    double cash();

    /** Cash plus every position marked at its last price. */
    double equity();

    /** True if the order is sent and neither filled nor cancelled. */
    boolean isOpen(String clientOrderId);
}

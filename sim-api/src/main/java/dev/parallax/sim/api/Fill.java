package dev.parallax.sim.api;

import static dev.parallax.sim.api.Preconditions.finite;
import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

/**
 * One execution of (part of) an order.
 *
 * @param orderId       id of the order that filled
 * @param symbol        instrument
 * @param side          side of the order
 * @param price         execution price after slippage, finite and {@code > 0}
 * @param size          quantity executed, finite and {@code > 0}
 * @param fee           fee charged in quote currency; negative for a rebate
 * @param fillType      how the fill happened; decides the fee rate
 * @param latencyNanos  transport delay of this fill: order-submit latency plus fill-notification
 *                      latency, {@code >= 0}. Time spent resting in the book is not latency.
 * @param slippageBps   adverse price move applied to this fill, in basis points of the reference
 *                      price (the touch for takers, the limit for resting orders); positive means
 *                      worse for the order: a buy paid more, a sell received less
 * @param timeNanos     when the fill happened at the venue, epoch nanoseconds; the strategy learns
 *                      of it {@code fill notification latency} later
 * @param partial       true if the order still has size left after this fill
 */
public record Fill(String orderId, String symbol, Side side, double price, double size, double fee,
                   FillType fillType, long latencyNanos, double slippageBps, long timeNanos, boolean partial) {

    /** Validates every field; see the component descriptions for the rules. */
    public Fill {
        notBlank("orderId", orderId);
        notBlank("symbol", symbol);
        notNull("side", side);
        positive("price", price);
        positive("size", size);
        finite("fee", fee);
        notNull("fillType", fillType);
        nonNegative("latencyNanos", latencyNanos);
        finite("slippageBps", slippageBps);
    }

    /** Price times size, in quote currency. */
    public double notional() {
        return price * size;
    }

    /** {@link #latencyNanos()} in milliseconds. */
    public double latencyMillis() {
        return latencyNanos / 1_000_000.0;
    }
}

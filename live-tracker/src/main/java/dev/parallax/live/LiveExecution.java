package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Fill;

/**
 * A venue's execution that names no trade: one {@link Fill} of an order, booked by the shared
 * ledger's own rule for such a fill ({@link dev.parallax.ledger.Ledger#apply(Fill)}), as the backtest
 * books it. Per trade, it closes the open trades of its symbol on the other side, oldest first, and
 * opens a trade named by its order id with what is left, or adds to that trade when an earlier fill
 * of the same order opened it; netted, it moves the symbol's position in one step.
 *
 * <p>The parity tracker compares whole orders: once the fill with {@link Fill#partial()} false is
 * recorded, the order's recorded fills, summed by {@link Fill#combined}, go to it under the order id.
 * No single execution is compared on its own, so {@link #parityFill()} is empty.
 *
 * @param fill     the execution: order id not blank, at most 128 characters, no control characters;
 *                 the other values within the bounds of {@link LiveEntry}
 * @param sequence the fill's number among its order's fills, from 1, as the venue (or the client
 *                 counting the fills it hears) numbers them; an order's fills share its symbol and
 *                 side, and {@code (order id, sequence)} names one execution: recording it again
 *                 changes nothing, recording another fill under it is refused
 */
public record LiveExecution(Fill fill, int sequence) implements FillEvent {

    /** Validates every field; see the component descriptions for the rules. */
    public LiveExecution {
        notNull("fill", fill);
        Identifiers.id("orderId", fill.orderId());
        Identifiers.symbol("symbol", fill.symbol());
        FillBounds.fill(fill);
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence of order '" + fill.orderId() + "' must be >= 1, was "
                    + sequence);
        }
    }

    /** The order id, which names the trade the execution opens or adds to. */
    public String orderId() {
        return fill.orderId();
    }

    /** True when this is the order's last fill: the order is then compared with the backtest's. */
    public boolean lastOfOrder() {
        return !fill.partial();
    }
}

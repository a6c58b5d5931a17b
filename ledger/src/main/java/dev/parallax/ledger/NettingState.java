package dev.parallax.ledger;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Side;

/**
 * One open position of a {@link PositionMode#NETTING} ledger and the round trip it is part of,
 * whole, so that {@link Ledger#restoreNetting} can put it back bit for bit.
 *
 * @param symbol           instrument
 * @param quantity         signed open quantity, not 0
 * @param averagePrice     average entry price of the open quantity
 * @param tradeId          order id of the fill that opened the round trip
 * @param side             side of the round trip: {@link Side#BUY} long, {@link Side#SELL} short
 * @param entryTimeNanos   time of the fill that opened it
 * @param enteredQuantity  size entered in the round trip
 * @param enteredNotional  price times size of the entries
 * @param exitedQuantity   size closed so far
 * @param exitedNotional   price times size of the exits
 * @param grossPnl         price P&amp;L of the exits so far
 * @param fees             fees of the round trip so far
 */
public record NettingState(String symbol, double quantity, double averagePrice, String tradeId, Side side,
                           long entryTimeNanos, double enteredQuantity, double enteredNotional,
                           double exitedQuantity, double exitedNotional, double grossPnl, double fees) {

    /** Checks that the texts and side are present, the quantity open and on the round trip's side. */
    public NettingState {
        notBlank("symbol", symbol);
        notBlank("tradeId", tradeId);
        notNull("side", side);
        if (!(quantity != 0 && Math.signum(quantity) == side.sign()) || Double.isInfinite(quantity)) {
            throw new IllegalArgumentException("quantity of " + symbol + " must be finite, not 0 and of the sign of "
                    + side + ", was " + quantity);
        }
    }
}

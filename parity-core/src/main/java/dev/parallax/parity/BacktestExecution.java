package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.finite;
import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

import dev.parallax.sim.api.Side;
import java.time.Instant;

/**
 * How the backtest executed one trade.
 *
 * @param tradeId id shared with the live execution of the same trade, not blank
 * @param symbol  instrument, not blank
 * @param side    buy or sell
 * @param size    quantity, finite and {@code > 0}
 * @param price   execution price, finite and {@code > 0}; {@code price * size}, the notional every
 *                bps figure is a share of, must be finite and {@code > 0} too
 * @param time    when the backtest filled the trade
 * @param fee     fee in quote currency, finite; negative for a rebate
 */
public record BacktestExecution(String tradeId, String symbol, Side side, double size, double price,
                                Instant time, double fee) {

    /** Validates every field; see the component descriptions for the rules. */
    public BacktestExecution {
        notBlank("tradeId", tradeId);
        notBlank("symbol", symbol);
        notNull("side", side);
        positive("size", size);
        positive("price", price);
        double notional = price * size;
        if (!(notional > 0) || Double.isInfinite(notional)) {
            throw new IllegalArgumentException("notional (price * size, the base of every bps figure) must be a "
                    + "finite number > 0, was " + price + " * " + size + " = " + notional);
        }
        notNull("time", time);
        finite("fee", fee);
    }

    /** Price times size, in quote currency. */
    public double notional() {
        return price * size;
    }
}

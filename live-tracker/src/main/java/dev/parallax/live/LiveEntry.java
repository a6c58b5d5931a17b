package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Side;
import java.time.Instant;

/**
 * The live fill that opened a trade.
 *
 * @param tradeId id of the trade, unique in the tracker and shared with the backtest for parity;
 *                not blank, at most 128 characters, no control characters
 * @param symbol  instrument, not blank, at most 64 characters, no control characters
 * @param side    {@link Side#BUY} opens a long trade, {@link Side#SELL} a short one
 * @param size    quantity, finite, {@code > 0} and at most {@link FillBounds#MAX_SIZE}
 * @param price   fill price, finite, {@code > 0} and at most {@link FillBounds#MAX_PRICE}; {@code size * price}
 *                at most {@link FillBounds#MAX_NOTIONAL}
 * @param fee     fee paid in account currency, finite, at most {@link FillBounds#MAX_FEE} in absolute
 *                value; negative for a rebate
 * @param time    when the venue filled it, between 1677-09-21 and 2262-04-11 (what the store keeps)
 * @param quality slippage and latency the venue reported
 */
public record LiveEntry(String tradeId, String symbol, Side side, double size, double price, double fee,
                        Instant time, ExecutionQuality quality) implements LiveEvent {

    /** Validates every field; see the component descriptions for the rules. */
    public LiveEntry {
        Identifiers.id("tradeId", tradeId);
        Identifiers.symbol("symbol", symbol);
        notNull("side", side);
        FillBounds.size("size", size);
        FillBounds.price("price", price);
        FillBounds.notional(size, price);
        FillBounds.fee("fee", fee);
        EventTimes.time("time", time);
        notNull("quality", quality);
    }

    /** An entry without reported slippage or latency. */
    public static LiveEntry of(String tradeId, String symbol, Side side, double size, double price, double fee,
                               Instant time) {
        return new LiveEntry(tradeId, symbol, side, size, price, fee, time, ExecutionQuality.NOT_REPORTED);
    }
}

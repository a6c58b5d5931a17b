package dev.parallax.live;

import dev.parallax.sim.api.Side;
import java.time.Instant;

/**
 * The open part of a trade, valued at the last price of its symbol.
 *
 * @param tradeId       the trade's id
 * @param symbol        instrument
 * @param side          BUY is long, SELL is short
 * @param openSize      size still open, {@code > 0}
 * @param entryPrice    the cost basis of the open size: the entry's price; for a trade that fills of one
 *                      order built, the size-weighted mean price of what is open
 * @param lastPrice     price of the symbol's latest mark, entry or exit, by event time (one recorded late
 *                      with an earlier time does not replace it)
 * @param unrealizedPnl {@code (lastPrice - entryPrice) * openSize * side sign}, before fees
 * @param entryTime     when the trade was entered
 */
public record OpenPosition(String tradeId, String symbol, Side side, double openSize, double entryPrice,
                           double lastPrice, double unrealizedPnl, Instant entryTime) {

    /** Checks that the texts, side and time are present. */
    public OpenPosition {
        if (tradeId == null || symbol == null || side == null || entryTime == null) {
            throw new IllegalArgumentException("tradeId, symbol, side and entryTime must not be null");
        }
    }
}

package dev.parallax.ledger;

import dev.parallax.sim.api.Side;

/**
 * One lot of a {@link PositionMode#PER_TRADE} ledger as it stands.
 *
 * @param tradeId          the lot's trade id
 * @param symbol           instrument
 * @param side             {@link Side#BUY} for a long lot, {@link Side#SELL} for a short one
 * @param entryTimeNanos   time of the fill that opened it
 * @param entryPrice       size-weighted mean price of the fills that built it (the entry fill's price
 *                         when there was one)
 * @param enteredSize      size entered
 * @param openSize         size still open; 0 once closed
 * @param costBasis        price the open size is valued against: the entry price, or after an
 *                         addition to a partly closed lot the size-weighted mean of what is open
 * @param exitedSize       size closed so far
 * @param averageExitPrice size-weighted mean exit price; NaN before the first exit
 * @param lastExitNanos    time of the latest exit; {@link Long#MIN_VALUE} before the first exit
 * @param grossPnl         price P&amp;L of the exits, before fees
 * @param fees             entry and exit fees so far (negative for net rebates)
 */
public record LotState(String tradeId, String symbol, Side side, long entryTimeNanos, double entryPrice,
                       double enteredSize, double openSize, double costBasis, double exitedSize,
                       double averageExitPrice, long lastExitNanos, double grossPnl, double fees) {

    /** {@code grossPnl - fees}. */
    public double netPnl() {
        return grossPnl - fees;
    }

    /** True when nothing is left open. */
    public boolean closed() {
        return openSize == 0;
    }

    /** True once an exit was booked. */
    public boolean hasExit() {
        return lastExitNanos != Long.MIN_VALUE;
    }
}

package dev.parallax.ledger;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Side;

/**
 * One lot of a {@link PositionMode#PER_TRADE} ledger as it stands, with the whole state of its sums,
 * so that {@link Ledger#restorePerTrade} can put it back bit for bit.
 *
 * @param tradeId         the lot's trade id
 * @param symbol          instrument
 * @param side            {@link Side#BUY} for a long lot, {@link Side#SELL} for a short one
 * @param entryTimeNanos  time of the fill that opened it
 * @param entryPrice      the entry fill's price; after additions, the size-weighted mean price of
 *                        the fills that built it
 * @param enteredSize     size entered, {@code > 0}
 * @param enteredNotional sum of price times size of the fills that built it
 * @param costBasis       price the open size is valued against: the entry price, or after an
 *                        addition to a partly closed lot the size-weighted mean of what is open
 * @param openSize        size still open, in {@code [0, enteredSize]}; 0 once closed
 * @param lastExitNanos   time of the latest exit; meaningful only when {@link #hasExit()}
 * @param grossSum        price P&amp;L of the exits, before fees
 * @param feeSum          entry and exit fees (negative for net rebates)
 * @param exitNotionalSum price times size of the exits
 * @param exitedSizeSum   size of the exits
 */
public record LotState(String tradeId, String symbol, Side side, long entryTimeNanos, double entryPrice,
                       double enteredSize, double enteredNotional, double costBasis, double openSize,
                       long lastExitNanos, SumState grossSum, SumState feeSum, SumState exitNotionalSum,
                       SumState exitedSizeSum) {

    /** Checks that the texts, side and sums are present and that the open size is within what was entered. */
    public LotState {
        notBlank("tradeId", tradeId);
        notBlank("symbol", symbol);
        notNull("side", side);
        notNull("grossSum", grossSum);
        notNull("feeSum", feeSum);
        notNull("exitNotionalSum", exitNotionalSum);
        notNull("exitedSizeSum", exitedSizeSum);
        if (!(enteredSize > 0) || Double.isInfinite(enteredSize)) {
            throw new IllegalArgumentException("enteredSize of trade '" + tradeId + "' must be a finite number > 0, was "
                    + enteredSize);
        }
        if (!(openSize >= 0 && openSize <= enteredSize)) {
            throw new IllegalArgumentException("openSize of trade '" + tradeId + "' must be in [0, " + enteredSize
                    + "], was " + openSize);
        }
    }

    /** Price P&amp;L of the exits so far, before fees. */
    public double grossPnl() {
        return grossSum.sum();
    }

    /** Entry and exit fees so far. */
    public double fees() {
        return feeSum.sum();
    }

    /** {@code grossPnl - fees}. */
    public double netPnl() {
        return grossPnl() - fees();
    }

    /** Size closed so far. */
    public double exitedSize() {
        return exitedSizeSum.sum();
    }

    /** Size-weighted mean exit price; NaN before the first exit. */
    public double averageExitPrice() {
        double exited = exitedSize();
        return exited > 0 ? exitNotionalSum.sum() / exited : Double.NaN;
    }

    /** True once an exit was booked. */
    public boolean hasExit() {
        return exitedSizeSum.count() > 0;
    }

    /** True when nothing is left open. */
    public boolean closed() {
        return openSize == 0;
    }

    /** True when {@code size} is more than what is open, beyond {@link Ledger#SIZE_TOLERANCE}. */
    public boolean exceedsOpen(double size) {
        return Lot.exceedsOpen(size, openSize, enteredSize);
    }

    /** Price P&amp;L of the open size at {@code lastPrice}, before fees. */
    public double unrealizedPnl(double lastPrice) {
        return Lot.unrealized(lastPrice, costBasis, openSize, side);
    }
}

package dev.parallax.ledger;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Side;

/**
 * A position opened and brought back to zero: a round trip in {@link PositionMode#NETTING}, a
 * fully closed lot in {@link PositionMode#PER_TRADE}.
 *
 * @param tradeId        the lot's trade id; in NETTING the order id of the fill that opened the
 *                       round trip
 * @param symbol         instrument
 * @param side           {@link Side#BUY} for a long position, {@link Side#SELL} for a short one
 * @param entryTimeNanos time of the fill that opened it, epoch nanoseconds
 * @param exitTimeNanos  time of the fill that closed it, never before the entry time (fills are
 *                       booked in the order they arrive, which can differ from the order they
 *                       happened in)
 * @param entryPrice     size-weighted mean price of the fills that built it
 * @param exitPrice      size-weighted mean price of the fills that reduced it
 * @param size           total size entered, {@code > 0}
 * @param exitedSize     total size of the exits: {@code size}, or in PER_TRADE up to
 *                       {@link Ledger#SIZE_TOLERANCE} of it more or less
 * @param grossPnl       price P&amp;L before fees: {@code (exit - entry) * size} for a long position
 * @param fees           fees of its fills; a fill that closes one position and opens another has its
 *                       fee split by size
 * @param netPnl         {@code grossPnl - fees}
 */
public record ClosedPosition(String tradeId, String symbol, Side side, long entryTimeNanos, long exitTimeNanos,
                             double entryPrice, double exitPrice, double size, double exitedSize, double grossPnl,
                             double fees, double netPnl) {

    /** Checks that the texts and the side are present and that the exit is not before the entry. */
    public ClosedPosition {
        notBlank("tradeId", tradeId);
        notBlank("symbol", symbol);
        notNull("side", side);
        if (exitTimeNanos < entryTimeNanos) {
            throw new IllegalArgumentException("exitTimeNanos must be >= entryTimeNanos " + entryTimeNanos
                    + ", was " + exitTimeNanos);
        }
    }
}

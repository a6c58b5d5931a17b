package dev.parallax.cli.report;

import dev.parallax.sim.api.Preconditions;

/**
 * One closed trade (a round trip) as the report's trade list shows it.
 *
 * @param symbol       the instrument
 * @param direction    {@code LONG} or {@code SHORT}
 * @param entryMillis  entry time, epoch milliseconds
 * @param exitMillis   exit time, epoch milliseconds, not before the entry
 * @param entryPrice   average entry price
 * @param exitPrice    average exit price
 * @param size         size traded
 * @param fees         fees paid on both legs
 * @param netPnl       P&amp;L after fees
 * @param regime       the market regime at entry ({@code TRENDING_UP}, ...), or {@code ""} when unknown
 */
public record TradeRow(String symbol, String direction, long entryMillis, long exitMillis, double entryPrice,
                       double exitPrice, double size, double fees, double netPnl, String regime) {

    /** Validates the names and the order of the times. */
    public TradeRow {
        Preconditions.notBlank("symbol", symbol);
        if (!"LONG".equals(direction) && !"SHORT".equals(direction)) {
            throw new IllegalArgumentException("direction must be LONG or SHORT, was '" + direction + "'");
        }
        if (exitMillis < entryMillis) {
            throw new IllegalArgumentException("exitMillis must not be before entryMillis, were " + exitMillis
                    + " and " + entryMillis);
        }
        Preconditions.notNull("regime", regime);
    }
}

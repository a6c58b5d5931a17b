package dev.parallax.backtest.result;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.metrics.ClosedTrade;
import dev.parallax.sim.api.Side;
import java.time.Duration;

/**
 * One closed trade: a position opened from flat and brought back to flat (a reversal closes one
 * trade and opens the next).
 *
 * @param symbol         instrument
 * @param direction      {@link Side#BUY} for a long trade, {@link Side#SELL} for a short one
 * @param entryTimeNanos time of the first fill, epoch nanoseconds
 * @param exitTimeNanos  time of the fill that made the position flat
 * @param entryPrice     size-weighted average price of the fills that built the position
 * @param exitPrice      size-weighted average price of the fills that reduced it
 * @param size           total quantity entered
 * @param grossPnl       price P&L, before fees: {@code (exit - entry) * size} for a long trade
 * @param fees           fees of the trade's fills (a reversing fill's fee is split by quantity)
 * @param netPnl         {@code grossPnl - fees}
 * @param regimeAtEntry  the market regime when the trade was opened
 */
public record TradeRecord(String symbol, Side direction, long entryTimeNanos, long exitTimeNanos, double entryPrice,
                          double exitPrice, double size, double grossPnl, double fees, double netPnl,
                          Regime regimeAtEntry) {

    /** This trade as the metrics module's {@link ClosedTrade}: net P&L, entry and exit time. */
    public ClosedTrade toClosedTrade() {
        return ClosedTrade.of(netPnl, entryTimeNanos, exitTimeNanos);
    }

    /** How long the position was open. */
    public Duration holdingTime() {
        return Duration.ofNanos(exitTimeNanos - entryTimeNanos);
    }
}

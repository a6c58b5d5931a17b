package dev.parallax.backtest.result;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.ledger.TradesCsv;
import dev.parallax.metrics.ClosedTrade;
import dev.parallax.sim.api.Side;
import java.time.Duration;
import java.time.Instant;

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

    /**
     * The trades CSV of a backtest (the {@code trades.csv} of {@code parallax backtest}): columns
     * {@code symbol,direction,entry_time,exit_time,entry_price,exit_price,size,gross_pnl,fees,net_pnl,
     * holding_seconds,regime_at_entry}, lines ending in {@code \n}, times as ISO-8601 UTC instants,
     * numbers in {@link Double#toString} form, direction {@code LONG} or {@code SHORT}.
     */
    public static final TradesCsv<TradeRecord> CSV = TradesCsv.<TradeRecord>builder(TradesCsv.LineEnd.LF)
            .text("symbol", TradeRecord::symbol)
            .word("direction", t -> t.direction() == Side.BUY ? "LONG" : "SHORT")
            .word("entry_time", t -> Instant.ofEpochSecond(0, t.entryTimeNanos()).toString())
            .word("exit_time", t -> Instant.ofEpochSecond(0, t.exitTimeNanos()).toString())
            .decimal("entry_price", TradeRecord::entryPrice)
            .decimal("exit_price", TradeRecord::exitPrice)
            .decimal("size", TradeRecord::size)
            .decimal("gross_pnl", TradeRecord::grossPnl)
            .decimal("fees", TradeRecord::fees)
            .decimal("net_pnl", TradeRecord::netPnl)
            .decimal("holding_seconds", t -> t.holdingTime().toNanos() / 1e9)
            .word("regime_at_entry", t -> t.regimeAtEntry().name())
            .build();

    /** This trade as the metrics module's {@link ClosedTrade}: net P&L, entry and exit time. */
    public ClosedTrade toClosedTrade() {
        return ClosedTrade.of(netPnl, entryTimeNanos, exitTimeNanos);
    }

    /** How long the position was open. */
    public Duration holdingTime() {
        return Duration.ofNanos(exitTimeNanos - entryTimeNanos);
    }
}

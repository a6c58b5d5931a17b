package dev.parallax.live;

import dev.parallax.ledger.TradesCsv;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.util.Optional;

/**
 * One trade as it stands: its entry, what has been closed, and what it made so far.
 *
 * @param tradeId          the trade's id
 * @param symbol           instrument
 * @param side             side of the entry: BUY is long, SELL is short
 * @param entrySize        size entered
 * @param entryPrice       entry price, the cost basis of every exit; for a trade that fills of one order
 *                         built, their size-weighted mean price
 * @param entryTime        when it was entered
 * @param exitedSize       size closed so far
 * @param openSize         size still open; 0 when closed
 * @param averageExitPrice size-weighted mean exit price; NaN before the first exit
 * @param lastExitTime     time of the latest exit; empty before the first exit
 * @param fees             entry and exit fees paid so far (negative for net rebates)
 * @param realizedPnl      gross P&amp;L of the exits minus {@code fees}
 * @param closed           true when the open size reached zero
 */
public record TradeRecord(String tradeId, String symbol, Side side, double entrySize, double entryPrice,
                          Instant entryTime, double exitedSize, double openSize, double averageExitPrice,
                          Optional<Instant> lastExitTime, double fees, double realizedPnl, boolean closed) {

    /**
     * The trades CSV of the live tracker: columns {@code trade_id,symbol,side,entry_time,entry_price,
     * entry_size,exited_size,open_size,average_exit_price,last_exit_time,fees,realized_pnl,status},
     * lines ending in CRLF, times ISO-8601 UTC, numbers plain decimals (an empty cell for NaN, such as
     * the average exit price of a trade without exits), status {@code OPEN} or {@code CLOSED}.
     */
    public static final TradesCsv<TradeRecord> CSV = TradesCsv.<TradeRecord>builder(TradesCsv.LineEnd.CRLF)
            .text("trade_id", TradeRecord::tradeId)
            .text("symbol", TradeRecord::symbol)
            .text("side", t -> t.side().name())
            .text("entry_time", t -> t.entryTime().toString())
            .number("entry_price", TradeRecord::entryPrice)
            .number("entry_size", TradeRecord::entrySize)
            .number("exited_size", TradeRecord::exitedSize)
            .number("open_size", TradeRecord::openSize)
            .number("average_exit_price", TradeRecord::averageExitPrice)
            .text("last_exit_time", t -> t.lastExitTime().map(Instant::toString).orElse(""))
            .number("fees", TradeRecord::fees)
            .number("realized_pnl", TradeRecord::realizedPnl)
            .word("status", t -> t.closed() ? "CLOSED" : "OPEN")
            .build();

    /** Checks that the texts, side and times are present. */
    public TradeRecord {
        if (tradeId == null || symbol == null || side == null || entryTime == null || lastExitTime == null) {
            throw new IllegalArgumentException("tradeId, symbol, side, entryTime and lastExitTime must not be null");
        }
    }
}

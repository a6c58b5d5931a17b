package dev.parallax.live;

import dev.parallax.metrics.ClosedTrade;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trades rebuilt from stored entries and exits, fed in the order they were recorded. The tracker
 * keeps only open trades in memory; what reads closed ones (the trade list, performance, daily
 * summaries, exports) rebuilds them here from the store. The books go through the same
 * {@link TradeBook} steps in the same order as when the fills were recorded, so every figure is the
 * same, bit for bit.
 */
final class TradeHistory {

    private final Map<String, TradeBook> books = new LinkedHashMap<>();
    private final List<ClosedTrade> closed = new ArrayList<>();

    /** The history of {@code fills}, entries and exits in recorded order. */
    static TradeHistory of(Iterable<? extends LiveEvent> fills) {
        TradeHistory history = new TradeHistory();
        fills.forEach(history::accept);
        return history;
    }

    /**
     * Books an entry or exit; an exit must follow its entry, as the tracker recorded it.
     *
     * @throws IllegalArgumentException if it is an exit of a trade not entered before it, or not a fill
     */
    void accept(LiveEvent fill) {
        if (fill instanceof LiveEntry entry) {
            books.put(entry.tradeId(), new TradeBook(entry));
        } else if (fill instanceof LiveExit exit) {
            TradeBook book = books.get(exit.tradeId());
            if (book == null) {
                throw new IllegalArgumentException("the stored exit of trade '" + exit.tradeId()
                        + "' comes before its entry; the store is not in recorded order");
            }
            book.exit(exit);
            if (book.isClosed()) {
                closed.add(ClosedTrade.of(book.realizedPnl(), book.entry().time(), exit.time()));
            }
        } else {
            throw new IllegalArgumentException("fill must be an entry or an exit, was " + fill);
        }
    }

    /** Every trade, open and closed, in entry order. */
    List<TradeRecord> records() {
        List<TradeRecord> out = new ArrayList<>(books.size());
        books.values().forEach(book -> out.add(book.record()));
        return List.copyOf(out);
    }

    /** Closed trades in the order they closed. */
    List<ClosedTrade> closedTrades() {
        return List.copyOf(closed);
    }

    /** Closed trades by the day (in {@code zone}) of their closing exit, each day in closing order. */
    Map<LocalDate, List<ClosedTrade>> closedByDay(ZoneId zone) {
        Map<LocalDate, List<ClosedTrade>> byDay = new HashMap<>();
        for (ClosedTrade trade : closed) {
            long nanos = trade.exitTimeNanos();
            LocalDate day = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                    Math.floorMod(nanos, 1_000_000_000L)).atZone(zone).toLocalDate();
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(trade);
        }
        return byDay;
    }
}

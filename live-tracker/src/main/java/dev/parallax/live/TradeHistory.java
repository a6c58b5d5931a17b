package dev.parallax.live;

import dev.parallax.ledger.ClosedPosition;
import dev.parallax.ledger.Ledger;
import dev.parallax.ledger.LedgerListener;
import dev.parallax.ledger.PositionMode;
import dev.parallax.metrics.ClosedTrade;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trades rebuilt from stored entries and exits, fed in the order they were recorded. The tracker
 * keeps only open trades in memory; what reads closed ones (the trade list, performance, daily
 * summaries, exports) rebuilds them here from the store. The fills go through a shared
 * {@link Ledger} in {@link PositionMode#PER_TRADE}, the same steps in the same order as when they
 * were recorded, so every figure is the same, bit for bit. The closed trades of the statistics
 * ({@link #closedTrades()}) are of the tracker's position mode: a trade id per closed trade in
 * PER_TRADE, a round trip of the symbol's net position in NETTING (from a NETTING ledger of the
 * same fills).
 */
final class TradeHistory {

    private final Map<String, LiveEntry> entries = new LinkedHashMap<>();
    private final Map<String, ClosedPosition> closedById = new HashMap<>();
    private final List<ClosedTrade> closed = new ArrayList<>();
    private final LedgerListener countClosed = new LedgerListener() {
        @Override
        public void closed(ClosedPosition position) {
            closed.add(ClosedTrade.of(position.netPnl(), position.entryTimeNanos(), position.exitTimeNanos()));
        }
    };
    private final Ledger ledger;
    /** The ledger of the closed-trade statistics: {@link #ledger} in PER_TRADE, a NETTING one else. */
    private final Ledger account;

    /** An empty history whose statistics count closed trades as {@code mode} does. */
    TradeHistory(PositionMode mode) {
        LedgerListener perTrade = new LedgerListener() {
            @Override
            public void closed(ClosedPosition position) {
                closedById.put(position.tradeId(), position);
                if (mode == PositionMode.PER_TRADE) {
                    countClosed.closed(position);
                }
            }
        };
        this.ledger = new Ledger(PositionMode.PER_TRADE, 0, perTrade);
        this.account = mode == PositionMode.PER_TRADE ? ledger : new Ledger(PositionMode.NETTING, 0, countClosed);
    }

    /** The history of {@code fills}, entries and exits in recorded order, counted as {@code mode} does. */
    static TradeHistory of(Iterable<? extends LiveEvent> fills, PositionMode mode) {
        TradeHistory history = new TradeHistory(mode);
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
            entries.put(entry.tradeId(), entry);
            Fill opening = LedgerFills.of(entry);
            ledger.open(entry.tradeId(), opening);
            if (account != ledger) {
                account.apply(opening);
            }
        } else if (fill instanceof LiveExit exit) {
            LiveEntry entry = entries.get(exit.tradeId());
            if (entry == null) {
                throw new IllegalArgumentException("the stored exit of trade '" + exit.tradeId()
                        + "' comes before its entry; the store is not in recorded order");
            }
            Fill closing = LedgerFills.of(entry, exit);
            ledger.close(exit.tradeId(), closing);
            if (account != ledger) {
                account.apply(closing);
            }
        } else {
            throw new IllegalArgumentException("fill must be an entry or an exit, was " + fill);
        }
    }

    /** Every trade, open and closed, in entry order. */
    List<TradeRecord> records() {
        List<TradeRecord> out = new ArrayList<>(entries.size());
        for (LiveEntry entry : entries.values()) {
            ClosedPosition done = closedById.get(entry.tradeId());
            out.add(done != null ? closedRecord(entry, done)
                    : LiveLedger.record(entry, ledger.openLot(entry.tradeId()).orElseThrow()));
        }
        return List.copyOf(out);
    }

    private static TradeRecord closedRecord(LiveEntry entry, ClosedPosition done) {
        return new TradeRecord(entry.tradeId(), entry.symbol(), entry.side(), entry.size(), entry.price(),
                entry.time(), done.exitedSize(), 0, done.exitPrice(),
                Optional.of(EpochNanos.instant(done.exitTimeNanos())), done.fees(), done.netPnl(), true);
    }
    /** Closed trades of the position mode, in the order they closed. */
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

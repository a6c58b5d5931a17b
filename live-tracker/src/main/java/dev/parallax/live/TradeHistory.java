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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trades rebuilt from stored entries, exits and executions, fed in the order they were recorded.
 * The tracker keeps only open trades in memory; what reads closed ones (the trade list,
 * performance, daily summaries, exports) rebuilds them here from the store. The fills go through a
 * shared {@link Ledger} in {@link PositionMode#PER_TRADE}, the same steps in the same order as when
 * they were recorded (an execution by {@link Ledger#apply(Fill)}), so every figure is the same, bit
 * for bit. The closed trades of the statistics ({@link #closedTrades()}) are of the tracker's
 * position mode: a trade id per closed trade in PER_TRADE, a round trip of the symbol's net position
 * in NETTING (from a NETTING ledger of the same fills).
 */
final class TradeHistory {

    /** The ids of the trades in the order they opened; an order id whose trade closed may open another. */
    private final List<String> opened = new ArrayList<>();
    /** The closed trades of each id, in the order they closed. */
    private final Map<String, List<ClosedPosition>> closedById = new HashMap<>();
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
            public void opened(String tradeId, Fill fill) {
                opened.add(tradeId);
            }

            @Override
            public void closed(ClosedPosition position) {
                closedById.computeIfAbsent(position.tradeId(), id -> new ArrayList<>(1)).add(position);
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
     * Books an entry, exit or execution; an exit must follow the entry of its trade, as the tracker
     * recorded it.
     *
     * @throws IllegalArgumentException if it is an exit of a trade not open before it, or not a fill
     */
    void accept(LiveEvent fill) {
        Fill booked;
        if (fill instanceof LiveEntry entry) {
            booked = LedgerFills.of(entry);
            ledger.open(entry.tradeId(), booked);
        } else if (fill instanceof LiveExit exit) {
            if (ledger.openLot(exit.tradeId()).isEmpty()) {
                throw new IllegalArgumentException("the stored exit of trade '" + exit.tradeId()
                        + "' comes before its entry; the store is not in recorded order");
            }
            booked = LedgerFills.of(exit);
            ledger.close(exit.tradeId(), booked);
        } else if (fill instanceof LiveExecution execution) {
            booked = execution.fill();
            ledger.apply(booked);
        } else {
            throw new IllegalArgumentException("fill must be an entry, an exit or an execution, was " + fill);
        }
        if (account != ledger) {
            account.apply(booked);
        }
    }

    /** Every trade, open and closed, in the order they opened. */
    List<TradeRecord> records() {
        List<TradeRecord> out = new ArrayList<>(opened.size());
        Map<String, Integer> seen = new HashMap<>();
        for (String id : opened) {
            int index = seen.merge(id, 1, Integer::sum) - 1;
            List<ClosedPosition> done = closedById.getOrDefault(id, List.of());
            out.add(index < done.size() ? closedRecord(done.get(index))
                    : LiveLedger.record(ledger.openLot(id).orElseThrow()));
        }
        return List.copyOf(out);
    }

    private static TradeRecord closedRecord(ClosedPosition done) {
        return new TradeRecord(done.tradeId(), done.symbol(), done.side(), done.size(), done.entryPrice(),
                EpochNanos.instant(done.entryTimeNanos()), done.exitedSize(), 0, done.exitPrice(),
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

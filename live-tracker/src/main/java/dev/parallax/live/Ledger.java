package dev.parallax.live;

import dev.parallax.sim.api.CompensatedSum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Open trades, prices and P&amp;L built from entries, exits and marks; closed trades are read back
 * from the store ({@link TradeHistory}), and trade and exit ids are checked against it. {@code check} methods reject an
 * event without changing anything; {@code apply} methods book an event that passed its check.
 * Not thread-safe: the tracker serialises access.
 */
final class Ledger {

    private final double initialBalance;
    /** The trades not fully closed, in entry order: the only trades held in memory. */
    private final Map<String, TradeBook> open = new LinkedHashMap<>();
    private final LastPrices lastPrices;
    private final CompensatedSum grossPnl;
    private final CompensatedSum fees;

    Ledger(double initialBalance) {
        this(initialBalance, new LastPrices(), new CompensatedSum(), new CompensatedSum());
    }

    private Ledger(double initialBalance, LastPrices lastPrices, CompensatedSum grossPnl, CompensatedSum fees) {
        this.initialBalance = initialBalance;
        this.lastPrices = lastPrices;
        this.grossPnl = grossPnl;
        this.fees = fees;
    }

    /**
     * Writes the open trades in entry order, last prices, and the P&amp;L and fee sums with their
     * correction terms, for a snapshot. Closed trades stay in the store, so the size follows the
     * open trades, not the history.
     */
    void writeTo(SnapshotWriter out) {
        out.writeInt(open.size());
        open.values().forEach(book -> book.writeTo(out));
        lastPrices.writeTo(out);
        out.writeSum(grossPnl);
        out.writeSum(fees);
    }

    /** A ledger written by {@link #writeTo}; refuses a closed or repeated trade among the open ones. */
    static Ledger readFrom(SnapshotReader in, double initialBalance) {
        int openCount = in.readCount(60);
        List<TradeBook> books = new ArrayList<>(openCount);
        for (int i = 0; i < openCount; i++) {
            books.add(TradeBook.readFrom(in));
        }
        Ledger ledger = new Ledger(initialBalance, LastPrices.readFrom(in), in.readSum(), in.readSum());
        for (TradeBook book : books) {
            String id = book.entry().tradeId();
            if (book.isClosed()) {
                throw new IllegalArgumentException("trade '" + id + "' of a snapshot must be open, was closed");
            }
            if (ledger.open.put(id, book) != null) {
                throw new IllegalArgumentException("tradeId '" + id + "' must appear once in a snapshot, was twice");
            }
        }
        return ledger;
    }

    /** Refuses an entry whose trade id is taken, by an open trade or by a fill in {@code store}. */
    void check(LiveEntry entry, RecordedFills store) {
        TradeBook existing = open.get(entry.tradeId());
        Optional<LiveEvent> named = existing != null ? Optional.of(existing.entry()) : store.named(entry.tradeId());
        if (named.isEmpty()) {
            return;
        }
        if (named.get() instanceof LiveEntry recorded) {
            throw new IllegalArgumentException("tradeId '" + entry.tradeId() + "' is already recorded (entered at "
                    + recorded.time() + "); each trade id can be entered once, use a new id");
        }
        throw new IllegalArgumentException("tradeId '" + entry.tradeId() + "' is already used by an exit as its "
                + "exit id; trade ids and exit ids must differ, use a new id");
    }

    /** Refuses an exit of a trade that is not open (looked up in {@code store}), too large, too early or of a taken exit id. */
    void check(LiveExit exit, RecordedFills store) {
        TradeBook book = open.get(exit.tradeId());
        if (book == null) {
            List<LiveEvent> fills = store.ofTrade(exit.tradeId());
            if (fills.isEmpty()) {
                throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' of the exit has no entry; "
                        + "record the entry first");
            }
            throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' is already fully closed (last exit at "
                    + fills.get(fills.size() - 1).time() + "); it cannot be exited again");
        }
        if (book.exceedsOpen(exit.size())) {
            throw new IllegalArgumentException("size must be <= the open size " + book.openSize() + " of trade '"
                    + exit.tradeId() + "', was " + exit.size());
        }
        if (exit.time().isBefore(book.entry().time())) {
            throw new IllegalArgumentException("time must not be before the entry time " + book.entry().time()
                    + " of trade '" + exit.tradeId() + "', was " + exit.time());
        }
        if (exit.hasExitId() && (open.containsKey(exit.exitId()) || store.named(exit.exitId()).isPresent())) {
            throw new IllegalArgumentException("exitId '" + exit.exitId() + "' is already used by another fill; "
                    + "each exit id must be unique");
        }
    }

    LedgerEffect apply(LiveEntry entry) {
        open.put(entry.tradeId(), new TradeBook(entry));
        lastPrices.offer(entry.symbol(), entry.price(), entry.time());
        fees.add(entry.fee());
        return new LedgerEffect(entry.fee(), 0);
    }

    /** Books an exit of an open trade; a trade it closes leaves memory (the store keeps its fills). */
    LedgerEffect apply(LiveExit exit) {
        TradeBook book = open.get(exit.tradeId());
        double pnl = book.exit(exit);
        lastPrices.offer(book.entry().symbol(), exit.price(), exit.time());
        grossPnl.add(pnl);
        fees.add(exit.fee());
        if (book.isClosed()) {
            open.remove(exit.tradeId());
        }
        return new LedgerEffect(exit.fee(), pnl);
    }

    LedgerEffect apply(PriceMark mark) {
        lastPrices.offer(mark.symbol(), mark.price(), mark.time());
        return LedgerEffect.NONE;
    }

    /** The open trade {@code tradeId}; empty when it is closed or was never entered. */
    Optional<TradeBook> openTrade(String tradeId) {
        return Optional.ofNullable(open.get(tradeId));
    }

    double initialBalance() {
        return initialBalance;
    }

    double realizedPnl() {
        return grossPnl.sum() - fees.sum();
    }

    double fees() {
        return fees.sum();
    }

    double balance() {
        return initialBalance + realizedPnl();
    }

    double unrealizedPnl() {
        CompensatedSum sum = new CompensatedSum();
        for (TradeBook book : open.values()) {
            sum.add(book.unrealizedPnl(lastPrices.of(book.entry().symbol())));
        }
        return sum.sum();
    }

    double equity() {
        return balance() + unrealizedPnl();
    }

    List<OpenPosition> openPositions() {
        List<OpenPosition> out = new ArrayList<>();
        for (TradeBook book : open.values()) {
            LiveEntry e = book.entry();
            double last = lastPrices.of(e.symbol());
            out.add(new OpenPosition(e.tradeId(), e.symbol(), e.side(), book.openSize(), e.price(), last,
                    book.unrealizedPnl(last), e.time()));
        }
        return List.copyOf(out);
    }
}

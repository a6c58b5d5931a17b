package dev.parallax.live;

import dev.parallax.metrics.ClosedTrade;
import dev.parallax.sim.api.CompensatedSum;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trades, prices and P&amp;L built from entries, exits and marks. {@code check} methods reject an
 * event without changing anything; {@code apply} methods book an event that passed its check.
 * Not thread-safe: the tracker serialises access.
 */
final class Ledger {

    private final double initialBalance;
    private final Map<String, TradeBook> trades = new LinkedHashMap<>();
    /** The trades not fully closed, in entry order; an event costs O(open trades), not O(all trades). */
    private final Map<String, TradeBook> open = new LinkedHashMap<>();
    private final Set<String> exitIds = new HashSet<>();
    private final LastPrices lastPrices;
    private final CompensatedSum grossPnl;
    private final CompensatedSum fees;
    private final List<ClosedTrade> closedTrades = new ArrayList<>();

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
     * Writes every trade in entry order, the exit ids, last prices, the P&amp;L and fee sums with
     * their correction terms, and the closed trades in closing order, for a snapshot.
     */
    void writeTo(SnapshotWriter out) {
        out.writeInt(trades.size());
        trades.values().forEach(book -> book.writeTo(out));
        out.writeInt(exitIds.size());
        exitIds.forEach(out::writeText);
        lastPrices.writeTo(out);
        out.writeSum(grossPnl);
        out.writeSum(fees);
        out.writeInt(closedTrades.size());
        closedTrades.forEach(out::writeClosedTrade);
    }

    /** A ledger written by {@link #writeTo}; the open trades are the books not closed, in entry order. */
    static Ledger readFrom(SnapshotReader in, double initialBalance) {
        int tradeCount = in.readCount(60);
        List<TradeBook> books = new ArrayList<>(tradeCount);
        for (int i = 0; i < tradeCount; i++) {
            books.add(TradeBook.readFrom(in));
        }
        int exitIdCount = in.readCount(4);
        List<String> exitIds = new ArrayList<>(exitIdCount);
        for (int i = 0; i < exitIdCount; i++) {
            exitIds.add(Identifiers.id("exitId", in.readText()));
        }
        Ledger ledger = new Ledger(initialBalance, LastPrices.readFrom(in), in.readSum(), in.readSum());
        for (TradeBook book : books) {
            String id = book.entry().tradeId();
            if (ledger.trades.put(id, book) != null) {
                throw new IllegalArgumentException("tradeId '" + id + "' must appear once in a snapshot, was twice");
            }
            if (!book.isClosed()) {
                ledger.open.put(id, book);
            }
        }
        ledger.exitIds.addAll(exitIds);
        int closedCount = in.readCount(32);
        for (int i = 0; i < closedCount; i++) {
            ledger.closedTrades.add(in.readClosedTrade());
        }
        return ledger;
    }

    void check(LiveEntry entry) {
        TradeBook existing = trades.get(entry.tradeId());
        if (existing != null) {
            throw new IllegalArgumentException("tradeId '" + entry.tradeId() + "' is already recorded (entered at "
                    + existing.entry().time() + "); each trade id can be entered once, use a new id");
        }
        if (exitIds.contains(entry.tradeId())) {
            throw new IllegalArgumentException("tradeId '" + entry.tradeId() + "' is already used by an exit as its "
                    + "exit id; trade ids and exit ids must differ, use a new id");
        }
    }

    void check(LiveExit exit) {
        TradeBook book = trades.get(exit.tradeId());
        if (book == null) {
            throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' of the exit has no entry; "
                    + "record the entry first");
        }
        if (book.isClosed()) {
            throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' is already fully closed (last exit at "
                    + book.record().lastExitTime().map(Instant::toString).orElse("?") + "); it cannot be exited again");
        }
        if (book.exceedsOpen(exit.size())) {
            throw new IllegalArgumentException("size must be <= the open size " + book.openSize() + " of trade '"
                    + exit.tradeId() + "', was " + exit.size());
        }
        if (exit.time().isBefore(book.entry().time())) {
            throw new IllegalArgumentException("time must not be before the entry time " + book.entry().time()
                    + " of trade '" + exit.tradeId() + "', was " + exit.time());
        }
        if (exit.hasExitId() && (exitIds.contains(exit.exitId()) || trades.containsKey(exit.exitId()))) {
            throw new IllegalArgumentException("exitId '" + exit.exitId() + "' is already used by another fill; "
                    + "each exit id must be unique");
        }
    }

    LedgerEffect apply(LiveEntry entry) {
        TradeBook book = new TradeBook(entry);
        trades.put(entry.tradeId(), book);
        open.put(entry.tradeId(), book);
        lastPrices.offer(entry.symbol(), entry.price(), entry.time());
        fees.add(entry.fee());
        return new LedgerEffect(entry.fee(), 0, Optional.empty());
    }

    LedgerEffect apply(LiveExit exit) {
        TradeBook book = trades.get(exit.tradeId());
        double pnl = book.exit(exit);
        if (exit.hasExitId()) {
            exitIds.add(exit.exitId());
        }
        lastPrices.offer(book.entry().symbol(), exit.price(), exit.time());
        grossPnl.add(pnl);
        fees.add(exit.fee());
        Optional<ClosedTrade> closed = Optional.empty();
        if (book.isClosed()) {
            ClosedTrade trade = ClosedTrade.of(book.realizedPnl(), book.entry().time(), exit.time());
            closedTrades.add(trade);
            closed = Optional.of(trade);
            open.remove(exit.tradeId());
        }
        return new LedgerEffect(exit.fee(), pnl, closed);
    }

    LedgerEffect apply(PriceMark mark) {
        lastPrices.offer(mark.symbol(), mark.price(), mark.time());
        return LedgerEffect.NONE;
    }

    /** The trade {@code tradeId}, open or closed. */
    Optional<TradeBook> trade(String tradeId) {
        return Optional.ofNullable(trades.get(tradeId));
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

    List<TradeRecord> tradeRecords() {
        List<TradeRecord> out = new ArrayList<>(trades.size());
        trades.values().forEach(book -> out.add(book.record()));
        return List.copyOf(out);
    }

    /** Closed trades in the order they closed. */
    List<ClosedTrade> closedTrades() {
        return List.copyOf(closedTrades);
    }
}

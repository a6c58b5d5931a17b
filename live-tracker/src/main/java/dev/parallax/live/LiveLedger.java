package dev.parallax.live;

import dev.parallax.ledger.Ledger;
import dev.parallax.ledger.LedgerListener;
import dev.parallax.ledger.LotState;
import dev.parallax.ledger.NettingState;
import dev.parallax.ledger.PositionMode;
import dev.parallax.ledger.PriceState;
import dev.parallax.ledger.SumState;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tracker's books: the shared {@link Ledger} in {@link PositionMode#PER_TRADE}, a lot per trade
 * id, and what only the live tracker needs around it: the entries of the open trades as recorded,
 * the checks of trade, exit and order ids against the store (closed trades are read back from it,
 * {@link TradeHistory}), and the snapshot form. An entry opens the lot of its trade id at its price,
 * an exit closes part of a named lot; an execution is booked by the ledger's rule for a fill that
 * names no lot ({@link Ledger#apply(Fill)}): it closes the symbol's opposite lots oldest first and
 * opens, or adds to, the lot named by its order id. Every entry, exit, execution and mark is also
 * a price by its event time ({@link Ledger#mark(String, double, long)}). {@code check} methods
 * reject an event without changing anything; {@code apply} methods book an event that passed its
 * check.
 *
 * <p>The account's figures (P&amp;L, fees, equity, and the P&amp;L of each event for the day's
 * tally) come from the ledger of the tracker's {@link LiveTrackerSettings#positionMode()}: the
 * per-trade ledger itself, or in {@link PositionMode#NETTING} a second ledger that books every entry
 * and exit as a fill of the symbol's net position, and every execution whole, in one step, as the
 * backtest does. Not thread-safe: the tracker serialises access.
 */
final class LiveLedger {

    /** Lots by trade id: the trade list, open positions and id checks. */
    private final Ledger ledger;
    /** The account's figures: {@link #ledger} itself, or a NETTING ledger of the same fills. */
    private final Ledger account;
    /** The entries of the open trades an entry opened, in entry order, as recorded. */
    private final Map<String, LiveEntry> openEntries;
    /**
     * True once an execution was booked: from then on a trade may be closed by fills that do not
     * name it, so a closed trade is read back from the whole history, not from its own rows.
     */
    private boolean executions;

    LiveLedger(double initialBalance, PositionMode mode) {
        this(new Ledger(PositionMode.PER_TRADE, initialBalance, LedgerListener.NONE),
                mode == PositionMode.NETTING ? new Ledger(PositionMode.NETTING, initialBalance) : null,
                new LinkedHashMap<>(), false);
    }

    /** {@code account} null means the per-trade ledger keeps the account. */
    private LiveLedger(Ledger ledger, Ledger account, Map<String, LiveEntry> openEntries, boolean executions) {
        this.ledger = ledger;
        this.account = account == null ? ledger : account;
        this.openEntries = openEntries;
        this.executions = executions;
    }

    /** How the account's figures are counted. */
    PositionMode mode() {
        return account.mode();
    }

    /**
     * Writes the open trades in entry order (each with the entry that opened it, or the trade id,
     * symbol, side and entry time of one an execution opened; its entry price, entered size and
     * notional and cost basis; its lot's sums, correction terms included, open size and last exit
     * time), the last prices, the P&amp;L and fee sums and whether an execution was booked, for a
     * snapshot; in NETTING then the account ledger's cash, P&amp;L and fee sums and its open
     * positions. Closed trades stay in the store, so the size follows the open trades, not the
     * history.
     */
    void writeTo(SnapshotWriter out) {
        List<LotState> lots = ledger.openLots();
        if (!out.lotsWhole() && executions) {
            throw new IllegalStateException("a snapshot of a format before executions cannot hold the books of one");
        }
        out.writeInt(lots.size());
        for (LotState lot : lots) {
            LiveEntry entry = openEntries.get(lot.tradeId());
            if (out.lotsWhole()) {
                writeOpened(out, lot, entry);
            } else {
                out.writeEntry(entry);
            }
            out.writeSum(lot.grossSum());
            out.writeSum(lot.feeSum());
            out.writeSum(lot.exitNotionalSum());
            out.writeSum(lot.exitedSizeSum());
            out.writeDouble(lot.openSize());
            out.writeOptionalTime(lot.hasExit() ? EpochNanos.instant(lot.lastExitNanos()) : null);
        }
        List<PriceState> prices = ledger.prices();
        out.writeInt(prices.size());
        for (PriceState price : prices) {
            out.writeText(price.symbol());
            out.writeDouble(price.price());
            out.writeTime(EpochNanos.instant(price.timeNanos()));
        }
        out.writeSum(ledger.realizedSum());
        out.writeSum(ledger.feeSum());
        if (out.lotsWhole()) {
            out.writeBoolean(executions);
        }
        if (account != ledger) {
            writeNetting(out);
        }
    }

    /** How {@code lot} was opened (by {@code entry}, or by an execution when it is null) and its entered figures. */
    private static void writeOpened(SnapshotWriter out, LotState lot, LiveEntry entry) {
        out.writeBoolean(entry != null);
        if (entry != null) {
            out.writeEntry(entry);
        } else {
            out.writeText(lot.tradeId());
            out.writeText(lot.symbol());
            out.writeText(lot.side().name());
            out.writeTime(EpochNanos.instant(lot.entryTimeNanos()));
        }
        out.writeDouble(lot.entryPrice());
        out.writeDouble(lot.enteredSize());
        out.writeDouble(lot.enteredNotional());
        out.writeDouble(lot.costBasis());
    }

    private void writeNetting(SnapshotWriter out) {
        out.writeSum(account.cashSum());
        out.writeSum(account.realizedSum());
        out.writeSum(account.feeSum());
        List<NettingState> positions = account.nettingPositions();
        out.writeInt(positions.size());
        for (NettingState p : positions) {
            out.writeText(p.symbol());
            out.writeDouble(p.quantity());
            out.writeDouble(p.averagePrice());
            out.writeText(p.tradeId());
            out.writeText(p.side().name());
            out.writeTime(EpochNanos.instant(p.entryTimeNanos()));
            out.writeDouble(p.enteredQuantity());
            out.writeDouble(p.enteredNotional());
            out.writeDouble(p.exitedQuantity());
            out.writeDouble(p.exitedNotional());
            out.writeDouble(p.grossPnl());
            out.writeDouble(p.fees());
        }
    }

    private static Ledger readNetting(SnapshotReader in, double initialBalance, List<PriceState> prices) {
        SumState cash = in.readSumState();
        SumState realized = in.readSumState();
        SumState fees = in.readSumState();
        int count = in.readCount(90);
        List<NettingState> positions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            positions.add(new NettingState(Identifiers.symbol("symbol", in.readText()), in.readDouble(),
                    in.readDouble(), Identifiers.id("tradeId", in.readText()), Side.valueOf(in.readText()),
                    EpochNanos.of(in.readTime()), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble(), in.readDouble(), in.readDouble()));
        }
        return Ledger.restoreNetting(initialBalance, LedgerListener.NONE, positions, prices, cash, fees, realized);
    }

    /**
     * A ledger of {@code mode} written by {@link #writeTo} (the snapshot formats 2 to 5 hold each open
     * trade as its entry and its lot's sums, the entry price being the cost basis, and no execution;
     * before this class they held the last prices in no set order; format 5 adds the netting part;
     * format 6 adds the trades executions opened, each trade's entered size and notional and cost
     * basis, and whether an execution was booked). Refuses a closed or repeated trade among the open
     * ones and an open size outside {@code [0, entered size]}.
     */
    static LiveLedger readFrom(SnapshotReader in, double initialBalance, PositionMode mode) {
        int openCount = in.readCount(60);
        Map<String, LiveEntry> entries = new LinkedHashMap<>();
        List<LotState> lots = new ArrayList<>(openCount);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < openCount; i++) {
            LotState lot = readLot(in, entries);
            if (!ids.add(lot.tradeId())) {
                throw new IllegalArgumentException("tradeId '" + lot.tradeId() + "' must appear once in a snapshot, "
                        + "was twice");
            }
            lots.add(lot);
        }
        int priceCount = in.readCount(28);
        List<PriceState> prices = new ArrayList<>(priceCount);
        for (int i = 0; i < priceCount; i++) {
            String symbol = Identifiers.symbol("symbol", in.readText());
            double price = FillBounds.price("price", in.readDouble());
            prices.add(new PriceState(symbol, price, EpochNanos.of(in.readTime())));
        }
        SumState realized = in.readSumState();
        SumState fees = in.readSumState();
        boolean executions = in.lotsWhole() && in.readBoolean();
        Ledger trades = Ledger.restorePerTrade(initialBalance, LedgerListener.NONE, lots, prices, fees, realized);
        Ledger account = mode == PositionMode.NETTING ? readNetting(in, initialBalance, prices) : null;
        return new LiveLedger(trades, account, entries, executions);
    }

    /** One open trade written by {@link #writeTo}; the entry that opened it, if one did, goes to {@code entries}. */
    private static LotState readLot(SnapshotReader in, Map<String, LiveEntry> entries) {
        boolean whole = in.lotsWhole();
        LiveEntry entry = !whole || in.readBoolean() ? in.readEntry() : null;
        String id;
        String symbol;
        Side side;
        long entryTime;
        if (entry != null) {
            id = entry.tradeId();
            symbol = entry.symbol();
            side = entry.side();
            entryTime = EpochNanos.of(entry.time());
            entries.put(id, entry);
        } else {
            id = Identifiers.id("tradeId", in.readText());
            symbol = Identifiers.symbol("symbol", in.readText());
            side = Side.valueOf(in.readText());
            entryTime = EpochNanos.of(in.readTime());
        }
        double entryPrice = whole ? FillBounds.price("entryPrice", in.readDouble()) : entry.price();
        double enteredSize = whole ? positiveFinite("enteredSize", in.readDouble()) : entry.size();
        double enteredNotional = whole ? positiveFinite("enteredNotional", in.readDouble()) : entry.size() * entry.price();
        double basis = whole ? FillBounds.price("costBasis", in.readDouble()) : entry.price();
        SumState gross = in.readSumState();
        SumState fees = in.readSumState();
        SumState exitNotional = in.readSumState();
        SumState exitedSize = in.readSumState();
        double openSize = in.readDouble();
        Instant lastExit = in.readOptionalTime();
        if (!(openSize >= 0 && openSize <= enteredSize)) {
            throw new IllegalArgumentException("openSize of trade '" + id + "' must be in [0, " + enteredSize
                    + "], was " + openSize);
        }
        if (openSize == 0) {
            throw new IllegalArgumentException("trade '" + id + "' of a snapshot must be open, was closed");
        }
        return new LotState(id, symbol, side, entryTime, entryPrice, enteredSize, enteredNotional, basis, openSize,
                lastExit == null ? 0 : EpochNanos.of(lastExit), gross, fees, exitNotional, exitedSize);
    }

    private static double positiveFinite(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
        }
        return value;
    }

    /** Refuses an entry whose trade id is taken, by an open trade or by a fill in {@code store}. */
    void check(LiveEntry entry, RecordedFills store) {
        LiveEntry existing = openEntries.get(entry.tradeId());
        Optional<LiveEvent> named = existing != null ? Optional.of(existing) : store.named(entry.tradeId());
        if (named.isEmpty()) {
            return;
        }
        if (named.get() instanceof LiveEntry recorded) {
            throw new IllegalArgumentException("tradeId '" + entry.tradeId() + "' is already recorded (entered at "
                    + recorded.time() + "); each trade id can be entered once, use a new id");
        }
        if (named.get() instanceof LiveExecution) {
            throw new IllegalArgumentException("tradeId '" + entry.tradeId() + "' is already used by an execution as "
                    + "its order id; trade ids and order ids must differ, use a new id");
        }
        throw new IllegalArgumentException("tradeId '" + entry.tradeId() + "' is already used by an exit as its "
                + "exit id; trade ids and exit ids must differ, use a new id");
    }

    /**
     * Refuses an exit of a trade that is not open (looked up in {@code store}), too large, too early,
     * not of the trade's symbol or not on its closing side, or of a taken exit id.
     */
    void check(LiveExit exit, RecordedFills store) {
        Optional<LotState> open = ledger.openLot(exit.tradeId());
        if (open.isEmpty()) {
            List<LiveEvent> fills = store.ofTrade(exit.tradeId());
            if (!fills.isEmpty()) {
                throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' is already fully closed (last "
                        + "exit at " + fills.get(fills.size() - 1).time() + "); it cannot be exited again");
            }
            if (!store.ofOrder(exit.tradeId()).isEmpty()) {
                throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' names an order whose executions "
                        + "left no open trade (its trade is closed, or it opened none); it cannot be exited");
            }
            throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' of the exit has no entry; "
                    + "record the entry first");
        }
        LotState lot = open.get();
        if (lot.exceedsOpen(exit.size())) {
            throw new IllegalArgumentException("size must be <= the open size " + lot.openSize() + " of trade '"
                    + exit.tradeId() + "', was " + exit.size());
        }
        Instant entered = EpochNanos.instant(lot.entryTimeNanos());
        if (exit.time().isBefore(entered)) {
            throw new IllegalArgumentException("time must not be before the entry time " + entered
                    + " of trade '" + exit.tradeId() + "', was " + exit.time());
        }
        if (exit.hasExitId() && (ledger.openLot(exit.exitId()).isPresent() || store.named(exit.exitId()).isPresent())) {
            throw new IllegalArgumentException("exitId '" + exit.exitId() + "' is already used by another fill; "
                    + "each exit id must be unique");
        }
        Side closing = lot.side().opposite();
        if (!exit.fill().symbol().equals(lot.symbol()) || exit.fill().side() != closing) {
            throw new IllegalArgumentException("the exit of trade '" + exit.tradeId() + "' must be a " + closing
                    + " of " + lot.symbol() + " (the trade is a " + lot.side() + "), was a " + exit.fill().side()
                    + " of " + exit.fill().symbol());
        }
    }

    /**
     * Refuses an execution whose order id is the trade id of an entry or the exit id of an exit, or
     * whose order's recorded fills ({@code store}) are of another symbol or side.
     */
    void check(LiveExecution execution, RecordedFills store) {
        String id = execution.orderId();
        List<LiveExecution> order = store.ofOrder(id);
        if (order.isEmpty()) {
            // the order's first fill: its id must not be a trade id or an exit id (later fills were checked with it)
            Optional<LiveEvent> named = openEntries.containsKey(id) ? Optional.of(openEntries.get(id)) : store.named(id);
            if (named.isPresent()) {
                throw new IllegalArgumentException("orderId '" + id + "' of the execution is already used by "
                        + (named.get() instanceof LiveEntry ? "an entry as its trade id" : "an exit as its exit id")
                        + "; order ids must differ from trade ids and exit ids");
            }
            return;
        }
        Fill first = order.get(0).fill();
        Fill fill = execution.fill();
        if (!first.symbol().equals(fill.symbol()) || first.side() != fill.side()) {
            throw new IllegalArgumentException("the fills of order '" + id + "' must share its symbol and side: "
                    + "recorded a " + first.side() + " of " + first.symbol() + ", was a " + fill.side() + " of "
                    + fill.symbol());
        }
    }

    /** True when the execution would open or add to a trade: its size is more than the symbol's opposite open size. */
    boolean opensOrAdds(LiveExecution execution) {
        Fill fill = execution.fill();
        double opposite = 0;
        for (LotState lot : ledger.openLots()) {
            if (lot.symbol().equals(fill.symbol()) && lot.side() != fill.side()) {
                opposite += lot.openSize();
            }
        }
        return fill.size() - opposite > Ledger.SIZE_TOLERANCE * fill.size();
    }

    /** Books an entry; in NETTING it may reduce the symbol's net position and so realize P&amp;L. */
    LedgerEffect apply(LiveEntry entry) {
        Fill fill = LedgerFills.of(entry);
        ledger.open(entry.tradeId(), fill);
        double pnl = account != ledger ? account.apply(fill) : 0;
        openEntries.put(entry.tradeId(), entry);
        mark(entry.symbol(), entry.price(), entry.time());
        return new LedgerEffect(entry.fee(), pnl, 1, 0);
    }

    /** Books an exit of an open trade; a trade it closes leaves memory (the store keeps its fills). */
    LedgerEffect apply(LiveExit exit) {
        Fill fill = LedgerFills.of(exit);
        double pnl = ledger.close(exit.tradeId(), fill);
        if (account != ledger) {
            pnl = account.apply(fill);
        }
        mark(exit.symbol(), exit.price(), exit.time());
        if (ledger.openLot(exit.tradeId()).isEmpty()) {
            openEntries.remove(exit.tradeId());
        }
        return new LedgerEffect(exit.fee(), pnl, 0, 1);
    }

    /**
     * Books an execution by the ledger's rule for a fill that names no lot, and in NETTING the whole
     * fill in the account ledger; the effect counts the trades it closed all or part of as exits,
     * and a trade it opened (not one it added to) as an entry. Entries it closes leave memory.
     */
    LedgerEffect apply(LiveExecution execution) {
        Fill fill = execution.fill();
        List<LotState> before = ledger.openLots();
        boolean named = ledger.openLot(fill.orderId()).isPresent();
        double pnl = ledger.apply(fill);
        if (account != ledger) {
            pnl = account.apply(fill);
        }
        int exits = 0;
        for (LotState lot : before) {
            if (!lot.symbol().equals(fill.symbol()) || lot.side() == fill.side()) {
                continue;
            }
            Optional<LotState> after = ledger.openLot(lot.tradeId());
            if (after.isEmpty()) {
                openEntries.remove(lot.tradeId());
                exits++;
            } else if (after.get().openSize() != lot.openSize()) {
                exits++;
            }
        }
        boolean entered = !named && ledger.openLot(fill.orderId()).isPresent();
        mark(fill.symbol(), fill.price(), EpochNanos.instant(fill.timeNanos()));
        executions = true;
        return new LedgerEffect(fill.fee(), pnl, entered ? 1 : 0, exits);
    }

    LedgerEffect apply(PriceMark mark) {
        mark(mark.symbol(), mark.price(), mark.time());
        return LedgerEffect.NONE;
    }

    private void mark(String symbol, double price, Instant time) {
        long nanos = EpochNanos.of(time);
        ledger.mark(symbol, price, nanos);
        if (account != ledger) {
            account.mark(symbol, price, nanos);
        }
    }

    /** The recorded entry of the open trade {@code tradeId}; empty when it is closed, was never entered or an execution opened it. */
    Optional<LiveEntry> openEntry(String tradeId) {
        return Optional.ofNullable(openEntries.get(tradeId));
    }

    /** The open trade {@code tradeId} as it stands; empty when it is closed or was never opened. */
    Optional<TradeRecord> openTrade(String tradeId) {
        return ledger.openLot(tradeId).map(LiveLedger::record);
    }

    /** True once an execution was booked (see {@link #executions}). */
    boolean executionsBooked() {
        return executions;
    }

    /** The open trade {@code lot} describes. */
    static TradeRecord record(LotState lot) {
        return new TradeRecord(lot.tradeId(), lot.symbol(), lot.side(), lot.enteredSize(), lot.entryPrice(),
                EpochNanos.instant(lot.entryTimeNanos()), lot.exitedSize(), lot.openSize(), lot.averageExitPrice(),
                lot.hasExit() ? Optional.of(EpochNanos.instant(lot.lastExitNanos())) : Optional.empty(), lot.fees(),
                lot.netPnl(), lot.closed());
    }

    double initialBalance() {
        return account.initialCash();
    }

    /** Gross P&amp;L realized by the account's mode minus every fee. */
    double realizedPnl() {
        return account.realizedPnl() - account.fees();
    }

    double fees() {
        return account.fees();
    }

    double balance() {
        return initialBalance() + realizedPnl();
    }

    double unrealizedPnl() {
        return account.unrealizedPnl();
    }

    double equity() {
        return account.equity();
    }

    /** The signed open quantity of {@code symbol} in the account's books (netted in NETTING, the lots' sum else). */
    double position(String symbol) {
        return account.position(symbol);
    }

    List<OpenPosition> openPositions() {
        List<OpenPosition> out = new ArrayList<>();
        for (LotState lot : ledger.openLots()) {
            double last = ledger.lastPrice(lot.symbol());
            out.add(new OpenPosition(lot.tradeId(), lot.symbol(), lot.side(), lot.openSize(), lot.costBasis(), last,
                    lot.unrealizedPnl(last), EpochNanos.instant(lot.entryTimeNanos())));
        }
        return List.copyOf(out);
    }
}

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tracker's books: the shared {@link Ledger} in {@link PositionMode#PER_TRADE}, a lot per trade
 * id at its entry price, and what only the live tracker needs around it: the entries of the open
 * trades as recorded, the checks of trade and exit ids against the store (closed trades are read
 * back from it, {@link TradeHistory}), and the snapshot form. Every entry, exit and mark is also a
 * price by its event time ({@link Ledger#mark(String, double, long)}). {@code check} methods reject
 * an event without changing anything; {@code apply} methods book an event that passed its check.
 *
 * <p>The account's figures (P&amp;L, fees, equity, and the P&amp;L of each event for the day's
 * tally) come from the ledger of the tracker's {@link LiveTrackerSettings#positionMode()}: the
 * per-trade ledger itself, or in {@link PositionMode#NETTING} a second ledger that books every entry
 * and exit as a fill of the symbol's net position. Not thread-safe: the tracker serialises access.
 */
final class LiveLedger {

    /** Lots by trade id: the trade list, open positions and id checks. */
    private final Ledger ledger;
    /** The account's figures: {@link #ledger} itself, or a NETTING ledger of the same fills. */
    private final Ledger account;
    /** The entries of the open trades, in entry order, as recorded. */
    private final Map<String, LiveEntry> openEntries;

    LiveLedger(double initialBalance, PositionMode mode) {
        this(new Ledger(PositionMode.PER_TRADE, initialBalance, LedgerListener.NONE),
                mode == PositionMode.NETTING ? new Ledger(PositionMode.NETTING, initialBalance) : null,
                new LinkedHashMap<>());
    }

    /** {@code account} null means the per-trade ledger keeps the account. */
    private LiveLedger(Ledger ledger, Ledger account, Map<String, LiveEntry> openEntries) {
        this.ledger = ledger;
        this.account = account == null ? ledger : account;
        this.openEntries = openEntries;
    }

    /** How the account's figures are counted. */
    PositionMode mode() {
        return account.mode();
    }

    /**
     * Writes the open trades in entry order (each entry with its lot's sums, correction terms
     * included, open size and last exit time), the last prices and the P&amp;L and fee sums, for a
     * snapshot; in NETTING then the account ledger's cash, P&amp;L and fee sums and its open
     * positions. Closed trades stay in the store, so the size follows the open trades, not the
     * history.
     */
    void writeTo(SnapshotWriter out) {
        List<LotState> lots = ledger.openLots();
        out.writeInt(lots.size());
        for (LotState lot : lots) {
            out.writeEntry(openEntries.get(lot.tradeId()));
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
        if (account != ledger) {
            writeNetting(out);
        }
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
     * A ledger of {@code mode} written by {@link #writeTo} (the snapshot formats 2 to 4 hold the
     * per-trade layout; before this class they held the last prices in no set order; format 5 adds
     * the netting part). Refuses a closed or repeated trade among the open ones and an open size
     * outside {@code [0, entry size]}.
     */
    static LiveLedger readFrom(SnapshotReader in, double initialBalance, PositionMode mode) {
        int openCount = in.readCount(60);
        Map<String, LiveEntry> entries = new LinkedHashMap<>();
        List<LotState> lots = new ArrayList<>(openCount);
        for (int i = 0; i < openCount; i++) {
            LiveEntry entry = in.readEntry();
            SumState gross = in.readSumState();
            SumState fees = in.readSumState();
            SumState exitNotional = in.readSumState();
            SumState exitedSize = in.readSumState();
            double openSize = in.readDouble();
            Instant lastExit = in.readOptionalTime();
            String id = entry.tradeId();
            if (!(openSize >= 0 && openSize <= entry.size())) {
                throw new IllegalArgumentException("openSize of trade '" + id + "' must be in [0, " + entry.size()
                        + "], was " + openSize);
            }
            if (openSize == 0) {
                throw new IllegalArgumentException("trade '" + id + "' of a snapshot must be open, was closed");
            }
            if (entries.put(id, entry) != null) {
                throw new IllegalArgumentException("tradeId '" + id + "' must appear once in a snapshot, was twice");
            }
            lots.add(new LotState(id, entry.symbol(), entry.side(), EpochNanos.of(entry.time()), entry.price(),
                    entry.size(), entry.size() * entry.price(), entry.price(), openSize,
                    lastExit == null ? 0 : EpochNanos.of(lastExit), gross, fees, exitNotional, exitedSize));
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
        Ledger trades = Ledger.restorePerTrade(initialBalance, LedgerListener.NONE, lots, prices, fees, realized);
        Ledger account = mode == PositionMode.NETTING ? readNetting(in, initialBalance, prices) : null;
        return new LiveLedger(trades, account, entries);
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
        throw new IllegalArgumentException("tradeId '" + entry.tradeId() + "' is already used by an exit as its "
                + "exit id; trade ids and exit ids must differ, use a new id");
    }

    /** Refuses an exit of a trade that is not open (looked up in {@code store}), too large, too early or of a taken exit id. */
    void check(LiveExit exit, RecordedFills store) {
        LiveEntry entry = openEntries.get(exit.tradeId());
        if (entry == null) {
            List<LiveEvent> fills = store.ofTrade(exit.tradeId());
            if (fills.isEmpty()) {
                throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' of the exit has no entry; "
                        + "record the entry first");
            }
            throw new IllegalArgumentException("tradeId '" + exit.tradeId() + "' is already fully closed (last exit at "
                    + fills.get(fills.size() - 1).time() + "); it cannot be exited again");
        }
        LotState lot = ledger.openLot(exit.tradeId()).orElseThrow();
        if (lot.exceedsOpen(exit.size())) {
            throw new IllegalArgumentException("size must be <= the open size " + lot.openSize() + " of trade '"
                    + exit.tradeId() + "', was " + exit.size());
        }
        if (exit.time().isBefore(entry.time())) {
            throw new IllegalArgumentException("time must not be before the entry time " + entry.time()
                    + " of trade '" + exit.tradeId() + "', was " + exit.time());
        }
        if (exit.hasExitId() && (openEntries.containsKey(exit.exitId()) || store.named(exit.exitId()).isPresent())) {
            throw new IllegalArgumentException("exitId '" + exit.exitId() + "' is already used by another fill; "
                    + "each exit id must be unique");
        }
    }

    /** Books an entry; in NETTING it may reduce the symbol's net position and so realize P&amp;L. */
    LedgerEffect apply(LiveEntry entry) {
        Fill fill = LedgerFills.of(entry);
        ledger.open(entry.tradeId(), fill);
        double pnl = account != ledger ? account.apply(fill) : 0;
        openEntries.put(entry.tradeId(), entry);
        mark(entry.symbol(), entry.price(), entry.time());
        return new LedgerEffect(entry.fee(), pnl);
    }

    /** Books an exit of an open trade; a trade it closes leaves memory (the store keeps its fills). */
    LedgerEffect apply(LiveExit exit) {
        LiveEntry entry = openEntries.get(exit.tradeId());
        Fill fill = LedgerFills.of(entry, exit);
        double pnl = ledger.close(exit.tradeId(), fill);
        if (account != ledger) {
            pnl = account.apply(fill);
        }
        mark(entry.symbol(), exit.price(), exit.time());
        if (ledger.openLot(exit.tradeId()).isEmpty()) {
            openEntries.remove(exit.tradeId());
        }
        return new LedgerEffect(exit.fee(), pnl);
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

    /** The recorded entry of the open trade {@code tradeId}; empty when it is closed or was never entered. */
    Optional<LiveEntry> openEntry(String tradeId) {
        return Optional.ofNullable(openEntries.get(tradeId));
    }

    /** The open trade {@code tradeId} as it stands; empty when it is closed or was never entered. */
    Optional<TradeRecord> openTrade(String tradeId) {
        LiveEntry entry = openEntries.get(tradeId);
        return entry == null ? Optional.empty() : Optional.of(record(entry, ledger.openLot(tradeId).orElseThrow()));
    }

    /** The trade {@code entry} opened, in the state {@code lot} gives. */
    static TradeRecord record(LiveEntry entry, LotState lot) {
        return new TradeRecord(entry.tradeId(), entry.symbol(), entry.side(), entry.size(), entry.price(),
                entry.time(), lot.exitedSize(), lot.openSize(), lot.averageExitPrice(),
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

    List<OpenPosition> openPositions() {
        List<OpenPosition> out = new ArrayList<>();
        for (LotState lot : ledger.openLots()) {
            LiveEntry e = openEntries.get(lot.tradeId());
            double last = ledger.lastPrice(e.symbol());
            out.add(new OpenPosition(e.tradeId(), e.symbol(), e.side(), lot.openSize(), e.price(), last,
                    lot.unrealizedPnl(last), e.time()));
        }
        return List.copyOf(out);
    }
}

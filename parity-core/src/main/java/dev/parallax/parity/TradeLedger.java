package dev.parallax.parity;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fills and returns recorded for one strategy, matched by trade id (the fills' order id).
 * Every check runs before anything changes, so a rejected input leaves the ledger as it was. Not thread-safe:
 * {@link ParityTracker} guards it.
 */
final class TradeLedger {

    private static final DayAccumulator EMPTY_DAY = new DayAccumulator();

    private final ZoneId zone;
    private final Map<String, Fill> backtestOnly = new HashMap<>();
    private final Map<String, Fill> liveOnly = new HashMap<>();
    /**
     * Completed trades held in memory, in the order they completed: every one when there is no
     * archive, else those completed since the last checkpoint that was archived.
     */
    private final Map<String, TradeComparison> completed = new LinkedHashMap<>();
    private final Map<LocalDate, DayAccumulator> days = new HashMap<>();
    private final OneSidedIndex backtestOnlyByDay = new OneSidedIndex();
    private final OneSidedIndex liveOnlyByDay = new OneSidedIndex();
    private final NavigableMap<LocalDate, Double> backtestReturns = new TreeMap<>();
    private final NavigableMap<LocalDate, Double> liveReturns = new TreeMap<>();
    /** Where completed trades go once archived; null while there is none. */
    private TradeArchive archive;
    /** The completed trades in {@link #archive}. */
    private long archivedCount;

    /** The backtest executions and returns recorded: what a saved state must agree with to be restored. */
    private InputDigest inputs = new InputDigest();

    TradeLedger(ZoneId zone) {
        this.zone = zone;
    }

    /** Records a backtest fill; returns the completed trade if live was recorded first. */
    Optional<TradeComparison> addBacktest(Fill backtest) {
        FillChecks.backtest(backtest);
        String id = backtest.orderId();
        if (backtestOnly.containsKey(id)) {
            throw new IllegalArgumentException("trade '" + id + "' already has a backtest execution; use a new "
                    + "trade id for a new trade");
        }
        Fill live = liveOnly.get(id);
        if (live == null) {
            if (isCompleted(id)) {
                throw new IllegalArgumentException("trade '" + id + "' is already completed; its backtest execution "
                        + "cannot be recorded again");
            }
            backtestOnly.put(id, backtest);
            backtestOnlyByDay.add(dayOf(backtest.timeNanos()), id);
            inputs.add(backtest);
            return Optional.empty();
        }
        TradeComparison trade = complete(backtest, live, "backtest");
        inputs.add(backtest);
        return Optional.of(trade);
    }

    /** True if trade {@code id} has its backtest fill: waiting for its live fill, or completed. */
    boolean hasBacktest(String id) {
        return backtestOnly.containsKey(id) || isCompleted(id);
    }

    /** Records a live fill; returns the completed trade if the backtest was recorded first. */
    Optional<TradeComparison> addLive(Fill live) {
        FillChecks.live(live);
        String id = live.orderId();
        if (liveOnly.containsKey(id)) {
            throw new IllegalArgumentException("trade '" + id + "' already has a live execution waiting for its "
                    + "backtest; a second one is rejected and the recorded one is kept");
        }
        Fill backtest = backtestOnly.get(id);
        if (backtest == null) {
            if (isCompleted(id)) {
                throw new IllegalArgumentException("trade '" + id + "' is already completed; a second live execution "
                        + "is rejected and the recorded one is kept");
            }
            liveOnly.put(id, live);
            liveOnlyByDay.add(dayOf(live.timeNanos()), id);
            return Optional.empty();
        }
        return Optional.of(complete(backtest, live, "live"));
    }

    void addBacktestReturn(LocalDate date, double value) {
        addReturn(backtestReturns, "backtest", date, value);
        inputs.addBacktestReturn(date, value);
    }

    void addLiveReturn(LocalDate date, double value) {
        addReturn(liveReturns, "live", date, value);
        inputs.addLiveReturn(date, value);
    }

    /** True when a live execution was recorded (one-sided or completed). */
    boolean holdsLive() {
        return liveCount() > 0;
    }

    /** The live executions taken so far: each is one-sided or in a completed trade. */
    long liveCount() {
        return liveOnly.size() + completedCount();
    }

    /** True when completed trades go to an archive. */
    boolean archiving() {
        return archive != null;
    }

    /**
     * Sends completed trades to {@code target} from now on. Only a ledger without an archive and
     * without completed trades takes one, and only an empty archive.
     *
     * @throws IllegalStateException    if this ledger has an archive or completed trades
     * @throws IllegalArgumentException if {@code target} is not empty
     */
    void useArchive(TradeArchive target) {
        if (archive != null) {
            throw new IllegalStateException("completed trades already go to an archive");
        }
        if (completedCount() > 0) {
            throw new IllegalStateException(completedCount() + " completed trades are already held in memory");
        }
        long held = target.count();
        if (held != 0) {
            throw new IllegalArgumentException("an archive is taken only when empty; it holds " + held + " trade(s)");
        }
        archive = target;
    }

    /**
     * Reads the trades this ledger counts as archived from {@code target}, which a checkpoint of
     * this ledger's state was written to.
     *
     * @throws IllegalArgumentException if {@code target} holds another number of trades than this
     *                                  ledger counts as archived
     */
    void attach(TradeArchive target) {
        long held = target.count();
        if (held != archivedCount) {
            throw new IllegalArgumentException("the saved parity state counts " + archivedCount + " archived trades, "
                    + "the archive holds " + held);
        }
        archive = target;
    }

    /** The completed trades not archived yet, in the order they completed. */
    List<ArchivedTrade> unarchived() {
        List<ArchivedTrade> out = new ArrayList<>(completed.size());
        completed.values().forEach(trade -> out.add(ArchivedTrade.of(trade)));
        return out;
    }

    /** {@code trades} are in the archive now: they are dropped from memory (those still held). */
    void archived(List<ArchivedTrade> trades) {
        for (ArchivedTrade trade : trades) {
            if (completed.remove(trade.tradeId()) != null) {
                archivedCount++;
            }
        }
    }

    /**
     * True when this ledger and {@code other} were given the same backtest executions and returns,
     * in any order (same count, same digest).
     */
    boolean sameInputs(TradeLedger other) {
        return inputs.equals(other.inputs);
    }

    /** The number of backtest executions and returns recorded, for messages. */
    long inputCount() {
        return inputs.count();
    }

    /**
     * Writes every execution, completed trade, day's totals and return, so that {@link #readFrom}
     * makes a ledger that behaves exactly as this one. Completed trades are written as their two
     * executions; their comparison is computed again on reading, which gives the same figures.
     */
    void writeTo(StateOutput out) {
        if (archive != null) {
            throw new IllegalStateException("completed trades go to an archive; write a checkpoint instead");
        }
        write(out, true);
    }

    /**
     * Writes what {@link #writeTo} writes, but no completed trade: those not archived yet are
     * counted as archived, for the state of a checkpoint that writes them to the archive with it.
     */
    void writeCheckpointTo(StateOutput out) {
        write(out, false);
    }

    private void write(StateOutput out, boolean withCompleted) {
        out.writeInt(backtestOnly.size());
        backtestOnly.values().forEach(out::writeFill);
        out.writeInt(liveOnly.size());
        liveOnly.values().forEach(out::writeFill);
        out.writeInt(withCompleted ? completed.size() : 0);
        if (withCompleted) {
            completed.values().forEach(trade -> {
                out.writeFill(trade.backtest());
                out.writeFill(trade.live());
            });
        }
        out.writeLong(withCompleted ? archivedCount : archivedCount + completed.size());
        out.writeLong(inputs.count());
        out.writeLong(inputs.sum());
        out.writeInt(days.size());
        days.forEach((day, totals) -> {
            out.writeDate(day);
            totals.writeTo(out);
        });
        writeReturns(out, backtestReturns);
        writeReturns(out, liveReturns);
    }

    /**
     * The ledger {@link #writeTo} or {@link #writeCheckpointTo} wrote, for {@code zone}, in parity
     * state {@code format} ({@link ParityStateFormat}): format 1 has no archived count and no saved
     * digest of the inputs, which are then those read; formats 1 and 2 hold executions, not fills
     * ({@link StateInput#readOldBacktest}), and their one-sided live executions kept no symbol, side or
     * size, so a state of those formats holding any is refused (the live store replays its fills).
     *
     * @throws IllegalArgumentException if a value is invalid, a trade id appears twice, a day's
     *                                  totals are missing for a completed trade, or the saved digest
     *                                  of the inputs does not fit what was read
     */
    static TradeLedger readFrom(StateInput in, ZoneId zone, int format) {
        TradeLedger ledger = new TradeLedger(zone);
        int backtests = in.readCount(1);
        boolean fills = format >= ParityStateFormat.FORMAT;
        for (int i = 0; i < backtests; i++) {
            Fill b = FillChecks.backtest(fills ? in.readFill() : in.readOldBacktest());
            ledger.unique(b.orderId());
            ledger.backtestOnly.put(b.orderId(), b);
            ledger.backtestOnlyByDay.add(ledger.dayOf(b.timeNanos()), b.orderId());
            ledger.inputs.add(b);
        }
        int lives = in.readCount(1);
        if (!fills && lives > 0) {
            throw new IllegalArgumentException("the parity state of format " + format + " holds " + lives + " live "
                    + "execution(s) without their backtest twin, and that format kept no symbol, side or size for "
                    + "them; it cannot be restored as fills: offer the live fills again instead");
        }
        for (int i = 0; i < lives; i++) {
            Fill l = FillChecks.live(in.readFill());
            ledger.unique(l.orderId());
            ledger.liveOnly.put(l.orderId(), l);
            ledger.liveOnlyByDay.add(ledger.dayOf(l.timeNanos()), l.orderId());
        }
        int trades = in.readCount(1);
        for (int i = 0; i < trades; i++) {
            Fill b = fills ? in.readFill() : in.readOldBacktest();
            TradeComparison trade = TradeComparison.of(b, fills ? in.readFill() : in.readOldLive(b));
            ledger.unique(b.orderId());
            ledger.completed.put(b.orderId(), trade);
            ledger.inputs.add(b);
        }
        Optional<InputDigest> saved = Optional.empty();
        if (format >= 2) {
            ledger.archivedCount = in.readLong();
            if (ledger.archivedCount < 0) {
                throw new IllegalArgumentException("the count of archived trades must be >= 0, was "
                        + ledger.archivedCount);
            }
            saved = Optional.of(InputDigest.of(in.readLong(), in.readLong()));
        }
        int dayCount = in.readCount(1);
        for (int i = 0; i < dayCount; i++) {
            LocalDate day = in.readDate();
            if (ledger.days.put(day, DayAccumulator.readFrom(in)) != null) {
                throw new IllegalArgumentException("the totals of " + day + " appear twice");
            }
        }
        for (TradeComparison trade : ledger.completed.values()) {
            if (!ledger.days.containsKey(ledger.dayOf(trade.live().timeNanos()))) {
                throw new IllegalArgumentException("completed trade '" + trade.tradeId() + "' has no totals for "
                        + "its day " + ledger.dayOf(trade.live().timeNanos()));
            }
        }
        readReturns(in, ledger, true);
        readReturns(in, ledger, false);
        saved.ifPresent(ledger::takeSavedDigest);
        return ledger;
    }

    /**
     * Takes the saved digest of the inputs, which also counts the backtest execution of each archived
     * trade: without archived trades it must equal the digest of what was read, else it must count
     * exactly what was read and one input per archived trade.
     */
    private void takeSavedDigest(InputDigest saved) {
        if (archivedCount == 0 && !saved.equals(inputs)) {
            throw new IllegalArgumentException("the saved digest of " + saved.count() + " inputs does not match the "
                    + inputs.count() + " backtest executions and returns the state holds");
        }
        if (saved.count() != inputs.count() + archivedCount) {
            throw new IllegalArgumentException("the saved digest counts " + saved.count() + " inputs, not the "
                    + inputs.count() + " the state holds plus one for each of its " + archivedCount + " archived trades");
        }
        inputs = saved;
    }

    /**
     * The completed trade {@code tradeId}, from memory or the archive; empty if it is not completed.
     *
     * @throws IllegalStateException if the archive's bytes for it cannot be read
     */
    Optional<TradeComparison> completed(String tradeId) {
        TradeComparison held = completed.get(tradeId);
        if (held != null || archive == null) {
            return Optional.ofNullable(held);
        }
        Optional<byte[]> data = archive.find(tradeId);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ArchivedTrade.decode(tradeId, data.get()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the archived trade '" + tradeId + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** The number of completed trades counted as archived. */
    long archivedCount() {
        return archivedCount;
    }

    /** The number of completed trades, archived or held. */
    long completedCount() {
        return archivedCount + completed.size();
    }

    /** The number of ids the per-day index of one-sided trades lists: what it costs in memory. */
    int oneSidedListed() {
        return backtestOnlyByDay.listed() + liveOnlyByDay.listed();
    }

    /** The running totals of the day's completed trades; empty totals for a day without any. */
    DayAccumulator completedOn(LocalDate date) {
        return days.getOrDefault(date, EMPTY_DAY);
    }

    UnmatchedTrades unmatched() {
        return new UnmatchedTrades(sorted(backtestOnly.keySet()), sorted(liveOnly.keySet()));
    }

    /** The one-sided trades of {@code date}: reads that day's ids only, whatever the other days hold. */
    UnmatchedTrades unmatchedOn(LocalDate date) {
        return new UnmatchedTrades(backtestOnlyByDay.stillOneSided(date, backtestOnly),
                liveOnlyByDay.stillOneSided(date, liveOnly));
    }

    /** The days from {@code from} to {@code to} (inclusive) with both returns, as two aligned arrays. */
    double[][] pairedReturns(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day : backtestReturns.subMap(from, true, to, true).keySet()) {
            if (liveReturns.containsKey(day)) {
                days.add(day);
            }
        }
        double[] backtest = new double[days.size()];
        double[] live = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            backtest[i] = backtestReturns.get(days.get(i));
            live[i] = liveReturns.get(days.get(i));
        }
        return new double[][] {backtest, live};
    }

    /** The day, in the ledger's zone, of {@code timeNanos} epoch nanoseconds. */
    LocalDate dayOf(long timeNanos) {
        return EpochNanos.instant(timeNanos).atZone(zone).toLocalDate();
    }

    /**
     * Checks that the two fills are one trade (symbol and side), compares them and adds the trade to
     * a copy of its day's totals, any of which may throw; only then moves the trade from one-sided to
     * completed and keeps the new totals.
     *
     * @param arriving which execution is being recorded, "backtest" or "live", for the message
     */
    private TradeComparison complete(Fill backtest, Fill live, String arriving) {
        String id = backtest.orderId();
        try {
            FillChecks.twins(backtest, live);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; a trade's two fills must be of one symbol and "
                    + "side. The " + arriving + " fill is not recorded", e);
        }
        TradeComparison trade;
        try {
            trade = TradeComparison.of(backtest, live);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("trade '" + id + "' cannot be compared: its figures in bps of the "
                    + "backtest notional are not finite numbers (" + e.getMessage() + ") from backtest price "
                    + backtest.price() + ", size " + backtest.size() + ", fee " + backtest.fee() + " and live price "
                    + live.price() + ", fee " + live.fee() + ". The " + arriving + " execution is not recorded", e);
        }
        LocalDate day = dayOf(live.timeNanos());
        DayAccumulator totals = completedOn(day).copy();
        totals.add(trade);
        if (!totals.finite()) {
            throw new IllegalArgumentException("trade '" + id + "' cannot be added to the totals of " + day
                    + ": they would no longer be finite numbers; check its prices, size and fees. The " + arriving
                    + " execution is not recorded");
        }
        completed.put(id, trade);
        days.put(day, totals);
        if (backtestOnly.remove(id) != null) {
            backtestOnlyByDay.completed(dayOf(backtest.timeNanos()), backtestOnly);
        }
        if (liveOnly.remove(id) != null) {
            liveOnlyByDay.completed(dayOf(live.timeNanos()), liveOnly);
        }
        return trade;
    }

    private static void addReturn(Map<LocalDate, Double> returns, String side, LocalDate date, double value) {
        if (date == null) {
            throw new IllegalArgumentException("date must not be null");
        }
        if (!Double.isFinite(value) || value <= -1) {
            throw new IllegalArgumentException(side + " return for " + date + " must be a finite fraction > -1 "
                    + "(0.01 is 1%), was " + value);
        }
        if (returns.containsKey(date)) {
            throw new IllegalArgumentException(side + " return for " + date + " is already recorded ("
                    + returns.get(date) + "); the recorded value is kept");
        }
        returns.put(date, value);
    }

    /** True when {@code id} is a completed trade, held in memory or archived. */
    private boolean isCompleted(String id) {
        return completed.containsKey(id) || archive != null && archive.find(id).isPresent();
    }

    private void unique(String id) {
        if (backtestOnly.containsKey(id) || liveOnly.containsKey(id) || completed.containsKey(id)) {
            throw new IllegalArgumentException("trade id '" + id + "' appears twice");
        }
    }

    private static void writeReturns(StateOutput out, NavigableMap<LocalDate, Double> returns) {
        out.writeInt(returns.size());
        returns.forEach((day, value) -> {
            out.writeDate(day);
            out.writeDouble(value);
        });
    }

    private static void readReturns(StateInput in, TradeLedger ledger, boolean backtest) {
        int count = in.readCount(1);
        for (int i = 0; i < count; i++) {
            LocalDate day = in.readDate();
            double value = in.readDouble();
            if (backtest) {
                ledger.addBacktestReturn(day, value);
            } else {
                ledger.addLiveReturn(day, value);
            }
        }
    }

    private static List<String> sorted(Collection<String> ids) {
        List<String> out = new ArrayList<>(ids);
        out.sort(null);
        return out;
    }
}

package dev.parallax.parity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The executions and returns recorded for one strategy, matched by trade id. Every check runs
 * before anything changes, so a rejected input leaves the ledger as it was. Not thread-safe:
 * {@link ParityTracker} guards it.
 */
final class TradeLedger {

    private static final DayAccumulator EMPTY_DAY = new DayAccumulator();

    private final ZoneId zone;
    private final Map<String, BacktestExecution> backtestOnly = new HashMap<>();
    private final Map<String, LiveExecution> liveOnly = new HashMap<>();
    private final Map<String, TradeComparison> completed = new HashMap<>();
    private final Map<LocalDate, DayAccumulator> days = new HashMap<>();
    /**
     * Every id ever put in {@link #backtestOnly} and {@link #liveOnly}, by day, so a day's report
     * reads only its own: an id stays listed once matched (a day's list is at most its trades) and
     * is shown only while it is still one-sided. A list costs a slot per id, not a set's node.
     */
    private final Map<LocalDate, List<String>> backtestOnlyByDay = new HashMap<>();
    private final Map<LocalDate, List<String>> liveOnlyByDay = new HashMap<>();
    private final NavigableMap<LocalDate, Double> backtestReturns = new TreeMap<>();
    private final NavigableMap<LocalDate, Double> liveReturns = new TreeMap<>();

    /** The backtest executions and returns recorded: what a saved state must agree with to be restored. */
    private final InputDigest inputs = new InputDigest();

    TradeLedger(ZoneId zone) {
        this.zone = zone;
    }

    /** Records a backtest execution; returns the completed trade if live was recorded first. */
    Optional<TradeComparison> add(BacktestExecution backtest) {
        String id = backtest.tradeId();
        if (completed.containsKey(id)) {
            throw new IllegalArgumentException("trade '" + id + "' is already completed; its backtest execution "
                    + "cannot be recorded again");
        }
        if (backtestOnly.containsKey(id)) {
            throw new IllegalArgumentException("trade '" + id + "' already has a backtest execution; use a new "
                    + "trade id for a new trade");
        }
        LiveExecution live = liveOnly.get(id);
        if (live == null) {
            backtestOnly.put(id, backtest);
            index(backtestOnlyByDay, dayOf(backtest.time()), id);
            inputs.add(backtest);
            return Optional.empty();
        }
        TradeComparison trade = complete(backtest, live, "backtest");
        inputs.add(backtest);
        return Optional.of(trade);
    }

    /** Records a live execution; returns the completed trade if the backtest was recorded first. */
    Optional<TradeComparison> add(LiveExecution live) {
        String id = live.tradeId();
        if (completed.containsKey(id)) {
            throw new IllegalArgumentException("trade '" + id + "' is already completed; a second live execution "
                    + "is rejected and the recorded one is kept");
        }
        if (liveOnly.containsKey(id)) {
            throw new IllegalArgumentException("trade '" + id + "' already has a live execution waiting for its "
                    + "backtest; a second one is rejected and the recorded one is kept");
        }
        BacktestExecution backtest = backtestOnly.get(id);
        if (backtest == null) {
            liveOnly.put(id, live);
            index(liveOnlyByDay, dayOf(live.time()), id);
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
        return !liveOnly.isEmpty() || !completed.isEmpty();
    }

    /** The live executions taken so far: each is one-sided or in a completed trade. */
    long liveCount() {
        return (long) liveOnly.size() + completed.size();
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
        out.writeInt(backtestOnly.size());
        backtestOnly.values().forEach(out::writeBacktest);
        out.writeInt(liveOnly.size());
        liveOnly.values().forEach(out::writeLive);
        out.writeInt(completed.size());
        completed.values().forEach(trade -> {
            out.writeBacktest(trade.backtest());
            out.writeLive(trade.live());
        });
        out.writeInt(days.size());
        days.forEach((day, totals) -> {
            out.writeDate(day);
            totals.writeTo(out);
        });
        writeReturns(out, backtestReturns);
        writeReturns(out, liveReturns);
    }

    /**
     * The ledger {@link #writeTo} wrote, for {@code zone}.
     *
     * @throws IllegalArgumentException if a value is invalid, a trade id appears twice, or a day's
     *                                  totals are missing for a completed trade
     */
    static TradeLedger readFrom(StateInput in, ZoneId zone) {
        TradeLedger ledger = new TradeLedger(zone);
        int backtests = in.readCount(1);
        for (int i = 0; i < backtests; i++) {
            BacktestExecution b = in.readBacktest();
            ledger.unique(b.tradeId());
            ledger.backtestOnly.put(b.tradeId(), b);
            index(ledger.backtestOnlyByDay, ledger.dayOf(b.time()), b.tradeId());
            ledger.inputs.add(b);
        }
        int lives = in.readCount(1);
        for (int i = 0; i < lives; i++) {
            LiveExecution l = in.readLive();
            ledger.unique(l.tradeId());
            ledger.liveOnly.put(l.tradeId(), l);
            index(ledger.liveOnlyByDay, ledger.dayOf(l.time()), l.tradeId());
        }
        int trades = in.readCount(1);
        for (int i = 0; i < trades; i++) {
            BacktestExecution b = in.readBacktest();
            TradeComparison trade = TradeComparison.of(b, in.readLive());
            ledger.unique(b.tradeId());
            ledger.completed.put(b.tradeId(), trade);
            ledger.inputs.add(b);
        }
        int dayCount = in.readCount(1);
        for (int i = 0; i < dayCount; i++) {
            LocalDate day = in.readDate();
            if (ledger.days.put(day, DayAccumulator.readFrom(in)) != null) {
                throw new IllegalArgumentException("the totals of " + day + " appear twice");
            }
        }
        for (TradeComparison trade : ledger.completed.values()) {
            if (!ledger.days.containsKey(ledger.dayOf(trade.live().time()))) {
                throw new IllegalArgumentException("completed trade '" + trade.tradeId() + "' has no totals for "
                        + "its day " + ledger.dayOf(trade.live().time()));
            }
        }
        readReturns(in, ledger, true);
        readReturns(in, ledger, false);
        return ledger;
    }

    Optional<TradeComparison> completed(String tradeId) {
        return Optional.ofNullable(completed.get(tradeId));
    }

    int completedCount() {
        return completed.size();
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
        return new UnmatchedTrades(stillOneSided(backtestOnlyByDay.get(date), backtestOnly),
                stillOneSided(liveOnlyByDay.get(date), liveOnly));
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

    LocalDate dayOf(Instant time) {
        return time.atZone(zone).toLocalDate();
    }

    /**
     * Compares the executions and adds the trade to a copy of its day's totals, either of which may
     * throw; only then moves the trade from one-sided to completed and keeps the new totals.
     *
     * @param arriving which execution is being recorded, "backtest" or "live", for the message
     */
    private TradeComparison complete(BacktestExecution backtest, LiveExecution live, String arriving) {
        String id = backtest.tradeId();
        TradeComparison trade;
        try {
            trade = TradeComparison.of(backtest, live);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("trade '" + id + "' cannot be compared: its figures in bps of the "
                    + "backtest notional are not finite numbers (" + e.getMessage() + ") from backtest price "
                    + backtest.price() + ", size " + backtest.size() + ", fee " + backtest.fee() + " and live price "
                    + live.price() + ", fee " + live.fee() + ". The " + arriving + " execution is not recorded", e);
        }
        LocalDate day = dayOf(live.time());
        DayAccumulator totals = completedOn(day).copy();
        totals.add(trade);
        if (!totals.finite()) {
            throw new IllegalArgumentException("trade '" + id + "' cannot be added to the totals of " + day
                    + ": they would no longer be finite numbers; check its prices, size and fees. The " + arriving
                    + " execution is not recorded");
        }
        backtestOnly.remove(id);
        liveOnly.remove(id);
        completed.put(id, trade);
        days.put(day, totals);
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

    private static void index(Map<LocalDate, List<String>> byDay, LocalDate day, String id) {
        byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(id);
    }

    /** The ids of {@code listed} still in {@code oneSided}, sorted; empty when nothing is listed. */
    private static List<String> stillOneSided(List<String> listed, Map<String, ?> oneSided) {
        if (listed == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(listed.size());
        for (String id : listed) {
            if (oneSided.containsKey(id)) {
                out.add(id);
            }
        }
        out.sort(null);
        return out;
    }

    private static List<String> sorted(Collection<String> ids) {
        List<String> out = new ArrayList<>(ids);
        out.sort(null);
        return out;
    }
}

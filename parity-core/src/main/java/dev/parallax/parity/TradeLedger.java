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
    private final NavigableMap<LocalDate, Double> backtestReturns = new TreeMap<>();
    private final NavigableMap<LocalDate, Double> liveReturns = new TreeMap<>();

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
            return Optional.empty();
        }
        return Optional.of(complete(backtest, live, "backtest"));
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
            return Optional.empty();
        }
        return Optional.of(complete(backtest, live, "live"));
    }

    void addBacktestReturn(LocalDate date, double value) {
        addReturn(backtestReturns, "backtest", date, value);
    }

    void addLiveReturn(LocalDate date, double value) {
        addReturn(liveReturns, "live", date, value);
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

    UnmatchedTrades unmatchedOn(LocalDate date) {
        List<String> backtest = new ArrayList<>();
        backtestOnly.forEach((id, b) -> {
            if (dayOf(b.time()).equals(date)) {
                backtest.add(id);
            }
        });
        List<String> live = new ArrayList<>();
        liveOnly.forEach((id, l) -> {
            if (dayOf(l.time()).equals(date)) {
                live.add(id);
            }
        });
        return new UnmatchedTrades(sorted(backtest), sorted(live));
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

    private static List<String> sorted(Collection<String> ids) {
        List<String> out = new ArrayList<>(ids);
        out.sort(null);
        return out;
    }
}

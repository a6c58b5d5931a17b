package dev.parallax.live;

import dev.parallax.metrics.ClosedTrade;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.CompensatedSum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Running tallies per trading day, from which the daily summaries and the daily equity are read. */
final class DayBook {

    private final NavigableMap<LocalDate, Tally> days = new TreeMap<>();

    /**
     * Counts an entry, exit or mark dated {@code day} that moved equity from {@code before} to
     * {@code after}. An event recorded late (inside the time skew) for a day before the latest one
     * happened before those later days ended, so they end at {@code after} too.
     */
    void add(LocalDate day, LiveEvent event, LedgerEffect effect, double before, double after) {
        Tally tally = days.computeIfAbsent(day, d -> new Tally(before));
        tally.endingEquity = after;
        for (Tally later : days.tailMap(day, false).values()) {
            later.endingEquity = after;
        }
        if (event instanceof LiveEntry) {
            tally.entries++;
        } else if (event instanceof LiveExit) {
            tally.exits++;
        }
        tally.fees.add(effect.fee());
        tally.grossPnl.add(effect.grossPnl());
        effect.closedTrade().ifPresent(tally.closed::add);
    }

    /** Counts a risk event dated {@code day}; {@code equity} is the equity when it happened. */
    void add(LocalDate day, RiskEvent event, double equity) {
        days.computeIfAbsent(day, d -> new Tally(equity)).risk.add(event);
    }

    Optional<DailySummary> summary(LocalDate day) {
        Tally tally = days.get(day);
        return tally == null ? Optional.empty() : Optional.of(tally.summary(day));
    }

    List<DailySummary> summaries() {
        List<DailySummary> out = new ArrayList<>(days.size());
        days.forEach((day, tally) -> out.add(tally.summary(day)));
        return List.copyOf(out);
    }

    /** The initial balance followed by each day's ending equity, in date order. */
    double[] dailyEquity(double initialBalance) {
        double[] equity = new double[days.size() + 1];
        equity[0] = initialBalance;
        int i = 1;
        for (Tally tally : days.values()) {
            equity[i++] = tally.endingEquity;
        }
        return equity;
    }

    private static final class Tally {
        private final double startingEquity;
        private double endingEquity;
        private int entries;
        private int exits;
        private final CompensatedSum fees = new CompensatedSum();
        private final CompensatedSum grossPnl = new CompensatedSum();
        private final List<ClosedTrade> closed = new ArrayList<>();
        private final List<RiskEvent> risk = new ArrayList<>();

        Tally(double startingEquity) {
            this.startingEquity = startingEquity;
            this.endingEquity = startingEquity;
        }

        DailySummary summary(LocalDate day) {
            return new DailySummary(day, startingEquity, endingEquity, entries, exits, TradeStats.of(closed),
                    grossPnl.sum() - fees.sum(), fees.sum(), risk);
        }
    }
}

package dev.parallax.live;

import dev.parallax.metrics.ClosedTrade;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.CompensatedSum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Running tallies per trading day (equity at its start and end, counts, fees, P&amp;L), from which
 * the daily summaries and the daily equity are read. A tally is a few numbers; the trades that
 * closed on a day and its risk events are not kept here but read from the store.
 */
final class DayBook {

    private final NavigableMap<LocalDate, Tally> days = new TreeMap<>();

    /**
     * Counts an entry, exit, execution or mark dated {@code day} that moved equity from
     * {@code before} to {@code after}, with the entries and exits {@code effect} says it made. An event recorded late (inside the time skew) for a day before the latest one
     * happened before those later days ended, so they end at {@code after} too.
     */
    void add(LocalDate day, LedgerEffect effect, double before, double after) {
        Tally tally = days.computeIfAbsent(day, d -> new Tally(before));
        tally.endingEquity = after;
        for (Tally later : days.tailMap(day, false).values()) {
            later.endingEquity = after;
        }
        tally.entries += effect.entries();
        tally.exits += effect.exits();
        tally.fees.add(effect.fee());
        tally.grossPnl.add(effect.grossPnl());
    }

    /**
     * Opens the day of a risk event dated {@code day} when it has no tally yet; {@code equity} is the
     * equity when it happened. The event itself stays in the store.
     */
    void add(LocalDate day, double equity) {
        days.computeIfAbsent(day, d -> new Tally(equity));
    }

    /** Writes every day's tally, sums with their correction terms, for a snapshot. */
    void writeTo(SnapshotWriter out) {
        out.writeInt(days.size());
        days.forEach((day, tally) -> {
            out.writeDate(day);
            tally.writeTo(out);
        });
    }

    /** Tallies written by {@link #writeTo}; refuses days out of order. */
    static DayBook readFrom(SnapshotReader in) {
        DayBook book = new DayBook();
        int count = in.readCount(60);
        for (int i = 0; i < count; i++) {
            LocalDate day = in.readDate();
            if (!book.days.isEmpty() && !day.isAfter(book.days.lastKey())) {
                throw new IllegalArgumentException("days of a snapshot must be in increasing order, " + day
                        + " came after " + book.days.lastKey());
            }
            book.days.put(day, Tally.readFrom(in));
        }
        return book;
    }

    /** True when an event was counted on {@code day}. */
    boolean has(LocalDate day) {
        return days.containsKey(day);
    }

    /**
     * The summary of {@code day} with the trades that closed on it and its risk events, both read
     * from the store by the caller; empty when nothing was counted that day.
     */
    Optional<DailySummary> summary(LocalDate day, List<ClosedTrade> closed, List<RiskEvent> risk) {
        Tally tally = days.get(day);
        return tally == null ? Optional.empty() : Optional.of(tally.summary(day, closed, risk));
    }

    /** Every day's summary in date order, with the closed trades and risk events of each day by date. */
    List<DailySummary> summaries(Map<LocalDate, List<ClosedTrade>> closed, Map<LocalDate, List<RiskEvent>> risk) {
        List<DailySummary> out = new ArrayList<>(days.size());
        days.forEach((day, tally) -> out.add(tally.summary(day, closed.getOrDefault(day, List.of()),
                risk.getOrDefault(day, List.of()))));
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
        private final CompensatedSum fees;
        private final CompensatedSum grossPnl;

        Tally(double startingEquity) {
            this(startingEquity, new CompensatedSum(), new CompensatedSum());
        }

        private Tally(double startingEquity, CompensatedSum fees, CompensatedSum grossPnl) {
            this.startingEquity = startingEquity;
            this.endingEquity = startingEquity;
            this.fees = fees;
            this.grossPnl = grossPnl;
        }

        void writeTo(SnapshotWriter out) {
            out.writeDouble(startingEquity);
            out.writeDouble(endingEquity);
            out.writeInt(entries);
            out.writeInt(exits);
            out.writeSum(fees);
            out.writeSum(grossPnl);
        }

        static Tally readFrom(SnapshotReader in) {
            double starting = in.readDouble();
            double ending = in.readDouble();
            int entries = in.readInt();
            int exits = in.readInt();
            if (entries < 0 || exits < 0) {
                throw new IllegalArgumentException("entries and exits of a day must be >= 0, were " + entries + " and "
                        + exits);
            }
            Tally tally = new Tally(starting, in.readSum(), in.readSum());
            tally.endingEquity = ending;
            tally.entries = entries;
            tally.exits = exits;
            return tally;
        }

        DailySummary summary(LocalDate day, List<ClosedTrade> closed, List<RiskEvent> risk) {
            return new DailySummary(day, startingEquity, endingEquity, entries, exits, TradeStats.of(closed),
                    grossPnl.sum() - fees.sum(), fees.sum(), risk);
        }
    }
}

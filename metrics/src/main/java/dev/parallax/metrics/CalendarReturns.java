package dev.parallax.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Monthly and yearly returns tables: returns compounded within each calendar month and year,
 * like empyrical's {@code aggregate_returns}. A return belongs to the month in which its period
 * ended, read from its epoch-nanosecond timestamp in a time zone (UTC unless given). Months and
 * years with no return are absent, not zero.
 *
 * @param months one entry per month that holds a return, oldest first
 * @param years  one entry per year that holds a return, oldest first
 */
public record CalendarReturns(List<MonthlyReturn> months, List<YearlyReturn> years) {

    /** Copies the lists, which must not be null nor hold null. */
    public CalendarReturns {
        if (months == null || years == null) {
            throw new IllegalArgumentException("months and years must not be null; use empty lists");
        }
        months = List.copyOf(months);
        years = List.copyOf(years);
    }

    /** Tables of {@code returns} whose periods ended at {@code timesNanos} (strictly increasing), in UTC. */
    public static CalendarReturns of(long[] timesNanos, double[] returns) {
        return of(timesNanos, returns, ZoneOffset.UTC);
    }

    /** Tables of {@code returns} whose periods ended at {@code timesNanos} (strictly increasing), in {@code zone}. */
    public static CalendarReturns of(long[] timesNanos, double[] returns, ZoneId zone) {
        Series.checkReturns("returns", returns);
        Series.checkTimes("timesNanos", timesNanos, returns.length, "returns");
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null; use ZoneOffset.UTC");
        }
        Map<YearMonth, double[]> byMonth = new TreeMap<>();
        for (int i = 0; i < returns.length; i++) {
            LocalDate date = LocalDate.ofInstant(instant(timesNanos[i]), zone);
            double[] growthAndCount = byMonth.computeIfAbsent(YearMonth.from(date), m -> new double[] {1, 0});
            growthAndCount[0] *= 1 + returns[i];
            growthAndCount[1]++;
        }
        List<MonthlyReturn> months = new ArrayList<>();
        Map<Year, double[]> byYear = new TreeMap<>();
        for (Map.Entry<YearMonth, double[]> e : byMonth.entrySet()) {
            double[] month = e.getValue();
            months.add(new MonthlyReturn(e.getKey(), month[0] - 1, (int) month[1]));
            double[] year = byYear.computeIfAbsent(Year.of(e.getKey().getYear()), y -> new double[] {1, 0});
            year[0] *= month[0];
            year[1] += month[1];
        }
        List<YearlyReturn> years = new ArrayList<>();
        byYear.forEach((year, v) -> years.add(new YearlyReturn(year, v[0] - 1, (int) v[1])));
        return new CalendarReturns(months, years);
    }

    /**
     * Tables of an equity curve sampled at {@code timesNanos}, in {@code zone}: the return from
     * point {@code i - 1} to point {@code i} belongs to the time of point {@code i}, so the first
     * point is only the base.
     */
    public static CalendarReturns ofEquity(long[] timesNanos, double[] equity, ZoneId zone) {
        double[] returns = EquityCurve.toReturns(equity);
        Series.checkTimes("timesNanos", timesNanos, equity.length, "equity");
        long[] ends = new long[returns.length];
        System.arraycopy(timesNanos, 1, ends, 0, ends.length);
        return of(ends, returns, zone);
    }

    /** The return of {@code month}, if any period ended in it. */
    public Optional<MonthlyReturn> month(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).findFirst();
    }

    /** The return of {@code year}, if any period ended in it. */
    public Optional<YearlyReturn> year(int year) {
        return years.stream().filter(y -> y.year().getValue() == year).findFirst();
    }

    private static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }
}

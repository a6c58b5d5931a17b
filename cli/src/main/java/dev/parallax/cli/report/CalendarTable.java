package dev.parallax.cli.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The calendar view of a run's monthly returns: the months of the data's own span (from its first
 * month to its last, nothing before or after), and each year's total, compounded from the months of
 * that year in the span: {@code prod(1 + m) - 1}. A month of the span without a return counts as 0.
 */
public final class CalendarTable {

    private CalendarTable() {
    }

    /** The months from the first to the last month of {@code monthly}, in order; empty when it is. */
    public static List<YearMonth> span(Map<YearMonth, Double> monthly) {
        List<YearMonth> months = new ArrayList<>();
        if (monthly.isEmpty()) {
            return months;
        }
        YearMonth first = monthly.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = monthly.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Each year's compounded return over its months in the span, by year; NaN months are skipped. */
    public static Map<Integer, Double> yearly(Map<YearMonth, Double> monthly) {
        Map<Integer, Double> growth = new TreeMap<>();
        for (YearMonth m : span(monthly)) {
            double r = monthly.getOrDefault(m, 0.0);
            growth.merge(m.getYear(), Double.isNaN(r) ? 1.0 : 1 + r, (a, b) -> a * b);
        }
        growth.replaceAll((year, g) -> g - 1);
        return growth;
    }
}

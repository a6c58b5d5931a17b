package dev.parallax.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarTableTest {

    @Test
    void aOneWeekRunSpansOnlyItsOwnMonths() {
        Map<YearMonth, Double> m = Map.of(YearMonth.of(2013, 11), 0.01, YearMonth.of(2013, 12), -0.02);
        assertEquals(List.of(YearMonth.of(2013, 11), YearMonth.of(2013, 12)), CalendarTable.span(m));
        assertEquals(1.01 * 0.98 - 1, CalendarTable.yearly(m).get(2013), 1e-15);
    }

    @Test
    void yearlyTotalsCompoundTheMonthsOfEachYearInTheSpan() {
        Map<YearMonth, Double> m = Map.of(YearMonth.of(2013, 11), 0.10, YearMonth.of(2014, 1), -0.05,
                YearMonth.of(2014, 2), 0.02);
        assertEquals(4, CalendarTable.span(m).size(), "Nov, Dec (no return: 0), Jan, Feb");
        Map<Integer, Double> y = CalendarTable.yearly(m);
        assertEquals(0.10, y.get(2013), 1e-15);
        assertEquals(0.95 * 1.02 - 1, y.get(2014), 1e-15);
        assertTrue(CalendarTable.span(Map.of()).isEmpty());
    }
}

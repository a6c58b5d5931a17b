package dev.parallax.metrics;

import static dev.parallax.metrics.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarReturnsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void monthlyAndYearlySpyReturnsMatchTheReference() {
        Reference.SpyCloses spy = Reference.spy();
        long[] closeTimes = spy.dates().stream().mapToLong(d -> nanosAtClose(d)).toArray();
        CalendarReturns table = CalendarReturns.ofEquity(closeTimes, spy.closes(), NEW_YORK);
        JsonNode expected = Reference.fixture("spyCalendar");
        assertEquals(expected.get("months").size(), table.months().size());
        for (int i = 0; i < table.months().size(); i++) {
            JsonNode row = expected.get("months").get(i);
            MonthlyReturn month = table.months().get(i);
            assertEquals(YearMonth.parse(row.get(0).asText()), month.month());
            assertClose(row.get(1).asDouble(), month.value(), month.month().toString());
            assertEquals(row.get(2).asInt(), month.periods());
        }
        assertEquals(expected.get("years").size(), table.years().size());
        for (int i = 0; i < table.years().size(); i++) {
            JsonNode row = expected.get("years").get(i);
            YearlyReturn year = table.years().get(i);
            assertEquals(row.get(0).asInt(), year.year().getValue());
            assertClose(row.get(1).asDouble(), year.value(), year.year().toString());
            assertEquals(row.get(2).asInt(), year.periods());
        }
        // March 2020 by hand from the closes: 243.454834 (Mar 31) / 278.193146 (Feb 28) - 1
        assertEquals(243.454834 / 278.193146 - 1, table.month(YearMonth.of(2020, 3)).orElseThrow().value(), 1e-9);
    }

    @Test
    void returnsCompoundWithinAMonthAndMonthsWithinAYear() {
        long jan10 = nanos("2021-01-10T12:00:00Z");
        long jan20 = nanos("2021-01-20T12:00:00Z");
        long mar05 = nanos("2021-03-05T12:00:00Z");
        CalendarReturns table = CalendarReturns.of(new long[] {jan10, jan20, mar05}, new double[] {0.1, 0.1, -0.5});
        // January 1.1 * 1.1 - 1 = 0.21; no February; March -0.5; year 1.21 * 0.5 - 1 = -0.395
        assertEquals(List.of(YearMonth.of(2021, 1), YearMonth.of(2021, 3)),
                table.months().stream().map(MonthlyReturn::month).toList());
        assertEquals(0.21, table.month(YearMonth.of(2021, 1)).orElseThrow().value(), 1e-12);
        assertTrue(table.month(YearMonth.of(2021, 2)).isEmpty(), "a month without returns is absent, not zero");
        assertEquals(-0.395, table.year(2021).orElseThrow().value(), 1e-12);
        assertEquals(3, table.year(2021).orElseThrow().periods());
    }

    @Test
    void theZoneDecidesWhichMonthAPeriodEndsIn() {
        long newYearsNightUtc = nanos("2020-01-01T02:00:00Z");
        double[] returns = {0.05};
        assertEquals(YearMonth.of(2020, 1), CalendarReturns.of(new long[] {newYearsNightUtc}, returns).months().get(0).month());
        assertEquals(YearMonth.of(2019, 12),
                CalendarReturns.of(new long[] {newYearsNightUtc}, returns, NEW_YORK).months().get(0).month());
    }

    @Test
    void timesBeforeTheEpochWork() {
        long before = nanos("1969-12-31T23:59:59.5Z");
        CalendarReturns table = CalendarReturns.of(new long[] {before}, new double[] {0.01});
        assertEquals(1969, table.years().get(0).year().getValue());
    }

    @Test
    void noReturnsGiveEmptyTables() {
        CalendarReturns table = CalendarReturns.of(new long[0], new double[0]);
        assertTrue(table.months().isEmpty());
        assertTrue(table.years().isEmpty());
    }

    @Test
    void timesOutOfOrderOrOfTheWrongLengthAreRejected() {
        IllegalArgumentException unordered = assertThrows(IllegalArgumentException.class,
                () -> CalendarReturns.of(new long[] {5, 5}, new double[] {0.01, 0.02}));
        assertEquals("timesNanos[1] must be after timesNanos[0] (5), was 5; sort the series and drop duplicates",
                unordered.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CalendarReturns.of(new long[] {1}, new double[] {0.01, 0.02}));
        assertThrows(IllegalArgumentException.class, () -> CalendarReturns.of(new long[] {1, 2}, new double[] {0.01, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> CalendarReturns.of(new long[] {1}, new double[] {0.01}, null));
    }

    private static long nanosAtClose(LocalDate date) {
        return nanos(date.atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant().toString());
    }

    private static long nanos(String instant) {
        Instant i = Instant.parse(instant);
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}

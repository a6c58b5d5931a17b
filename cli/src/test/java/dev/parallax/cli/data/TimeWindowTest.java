package dev.parallax.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final long DAY = 86_400_000_000_000L;
    private static final long T0 = 1_385_337_600_000_000_000L; // 2013-11-25T00:00Z

    private static int count(Optional<LocalDate> from, Optional<LocalDate> to) {
        List<Bar> bars = List.of(new Bar("X", T0 + DAY / 2, 1, 1, 1, 1, 1), new Bar("X", T0 + 3 * DAY / 2, 1, 1, 1, 1, 1));
        int n = 0;
        try (TimeWindow w = new TimeWindow(MarketDataSource.of(bars), from, to)) {
            while (w.hasNext()) {
                w.next();
                n++;
            }
        }
        return n;
    }

    @Test
    void aLabelShiftAppliesTheWindowToTheBarsLabelsNotTheirEnds() {
        // daily bars labelled 2013-11-25 and 2013-11-26 by their open, timed by their ends (a day later)
        List<Bar> bars = List.of(new Bar("X", T0 + DAY, 1, 1, 1, 1, 1), new Bar("X", T0 + 2 * DAY, 1, 1, 1, 1, 1));
        List<Long> kept = new java.util.ArrayList<>();
        try (TimeWindow w = new TimeWindow(MarketDataSource.of(bars), Optional.of(LocalDate.of(2013, 11, 26)),
                Optional.of(LocalDate.of(2013, 11, 26)), DAY)) {
            while (w.hasNext()) {
                kept.add(w.next().timeNanos());
            }
        }
        assertEquals(List.of(T0 + 2 * DAY), kept, "only the bar labelled 2013-11-26");
    }

    @Test
    void daysWithinTheWindowAreKept() {
        assertEquals(1, count(Optional.of(LocalDate.of(2013, 11, 26)), Optional.empty()));
        assertEquals(1, count(Optional.empty(), Optional.of(LocalDate.of(2013, 11, 25))));
    }

    @Test
    void daysBeyondWhatEpochNanosecondsHoldTakeEverythingInsteadOfNothing() {
        assertEquals(2, count(Optional.empty(), Optional.of(LocalDate.of(2300, 1, 1))));
        assertEquals(2, count(Optional.of(LocalDate.of(1600, 1, 1)), Optional.empty()));
        assertEquals(2, count(Optional.of(LocalDate.of(-999_999_999, 1, 1)), Optional.of(LocalDate.MAX)));
        assertEquals(0, count(Optional.of(LocalDate.of(2300, 1, 1)), Optional.empty()));
        assertEquals(0, count(Optional.empty(), Optional.of(LocalDate.of(1600, 1, 1))));
    }
}

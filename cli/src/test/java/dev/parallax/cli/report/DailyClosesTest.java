package dev.parallax.cli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DailyClosesTest {

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void theLastPointOfEachUtcDayIsItsCloseAfterTheStartingEquity() {
        long[] t = {at("2024-01-01T10:00:00Z"), at("2024-01-01T23:59:59Z"), at("2024-01-02T00:00:00Z"),
                at("2024-01-04T12:00:00Z")};
        double[] equity = {120, 110, 99, 105.93};
        // closes 100 (start), 110, 99, 105.93: returns 0.1, -0.1, 0.07
        assertArrayEquals(new double[] {0.1, -0.1, 0.07}, DailyCloses.returns(100, t, equity), 1e-12);
    }

    @Test
    void aDayAtOrBelowZeroIsRuinAndLaterDaysReturnNothing() {
        long[] t = {at("2024-01-01T10:00:00Z"), at("2024-01-02T10:00:00Z"), at("2024-01-03T10:00:00Z")};
        assertArrayEquals(new double[] {-0.5, -1, 0}, DailyCloses.returns(100, t, new double[] {50, -10, 20}), 0);
    }

    @Test
    void timesThatGoBackAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> DailyCloses.returns(100, new long[] {2, 1}, new double[] {1, 1}));
    }
}

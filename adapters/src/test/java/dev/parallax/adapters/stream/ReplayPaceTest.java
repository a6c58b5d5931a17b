package dev.parallax.adapters.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReplayPaceTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void atRealTimeATradeIsDueItsGapAfterTheFirst() {
        ReplayPace pace = new ReplayPace(1_385_337_600L * SECOND, 500, 1);
        assertEquals(500, pace.dueNanos(1_385_337_600L * SECOND));
        assertEquals(500 + 7 * SECOND, pace.dueNanos(1_385_337_607L * SECOND));
    }

    @Test
    void theGapIsDividedByTheSpeedUp() {
        ReplayPace pace = new ReplayPace(1_385_337_600L * SECOND, 0, 4);
        // 1 s at 4 times: 250 ms; 10 s: 2.5 s; 3 ns: 0.75 ns, rounded to 1
        assertEquals(250_000_000L, pace.dueNanos(1_385_337_601L * SECOND));
        assertEquals(2_500_000_000L, pace.dueNanos(1_385_337_610L * SECOND));
        assertEquals(1, pace.dueNanos(1_385_337_600L * SECOND + 3));
    }

    @Test
    void aSlowDownStretchesTheGaps() {
        ReplayPace pace = new ReplayPace(0, 100, 0.5);
        assertEquals(100 + 2 * SECOND, pace.dueNanos(SECOND));
    }

    @Test
    void aGapBeyondTheLongRangeSaturatesInsteadOfWrappingRound() {
        ReplayPace pace = new ReplayPace(Long.MIN_VALUE, 10, 0.5);
        assertEquals(Long.MAX_VALUE, pace.dueNanos(Long.MAX_VALUE));
    }

    @Test
    void aSpeedThatIsNotAPositiveNumberIsRefused() {
        assertEquals("speed must be a finite number > 0, was -1.0",
                assertThrows(IllegalArgumentException.class, () -> new ReplayPace(0, 0, -1)).getMessage());
    }
}

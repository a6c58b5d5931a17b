package dev.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void showsCountRateAndTimeLeft() {
        // 450 of 1000 in 36.6 s: 12.295/s; 550 left / 12.295 = 44.7 s -> 0:45
        assertEquals("sweep [##############                ] 45% 450/1000 12.3/s ETA 0:45",
                Progress.line("sweep", 450, 1000, 36_600_000_000L));
    }

    @Test
    void hasNoRateBeforeTheFirstStepAndACountWithoutTotal() {
        assertEquals("sweep [                              ] 0% 0/10", Progress.line("sweep", 0, 10, 5));
        assertEquals("backtest 17", Progress.line("backtest", 17, 0, 5));
    }
}

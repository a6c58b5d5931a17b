package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BacktestConfigTest {

    @Test
    void startingCashBeyondAThousandTrillionIsRefusedNamingTheBound() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BacktestConfig.builder().initialCash(1e308).build());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("initialCash must be at most 1.0E15"),
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertEquals(1e15,
                BacktestConfig.builder().initialCash(1e15).build().initialCash());
    }

    @Test
    void aBarSpreadThatWouldPutTheBidAtZeroIsRefusedNamingIt() {
        // half of 20,000 bps is 100%: a bar at 50 would be quoted at a bid of 50 * (1 - 1) = 0
        for (double bps : new double[] {20_000, 25_000, 1e308}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BacktestConfig.builder().barSpreadBps(bps).build());
            assertTrue(e.getMessage().startsWith("barSpreadBps must be below 20000.0"), e.getMessage());
            assertTrue(e.getMessage().endsWith("was " + bps), e.getMessage());
        }
    }

    @Test
    void aBarSpreadJustBelowTheLimitIsAccepted() {
        assertEquals(19_999.0, BacktestConfig.builder().barSpreadBps(19_999).build().barSpreadBps());
    }
}

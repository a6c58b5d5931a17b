package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TradeResamplingTest {

    private static final double[] PNLS = {10, -20, 30, -5, 15, -25, 40, 5};

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        // h = p (n - 1) over sorted 1..5: p5 -> 0.2 -> 1.2; p25 -> 1 -> 2; p50 -> 3; p75 -> 4; p95 -> 3.8 -> 4.8
        assertEquals(new Percentiles(1.2, 2, 3, 4, 4.8), Percentiles.of(new double[] {5, 1, 4, 2, 3}));
    }

    @Test
    void withoutReplacementKeepsTheFinalReturnAndMovesTheDrawdown() {
        TradeResampling.Distribution d = TradeResampling.run(PNLS, 100, TradeResampling.Method.WITHOUT_REPLACEMENT,
                1, 500, 7, 0.5);
        double total = 50.0 / 100;
        assertEquals(total, d.finalReturn().p5(), 1e-12);
        assertEquals(total, d.finalReturn().p95(), 1e-12);
        assertTrue(d.maxDrawdown().p5() < d.maxDrawdown().p95(), "orders differ in drawdown");
        // the worst order puts the three losses (-50) first: 100 -> 50, a drawdown of exactly -0.5, which is ruin
        assertTrue(d.maxDrawdown().p5() >= -0.5);
        assertTrue(d.riskOfRuin() > 0 && d.riskOfRuin() < 0.1, "ruin needs the three losses first: " + d.riskOfRuin());
    }

    @Test
    void everyPathOfLosingTradesIsRuined() {
        TradeResampling.Distribution d = TradeResampling.run(new double[] {-30, -30}, 100,
                TradeResampling.Method.WITH_REPLACEMENT, 1, 50, 1, 0.5);
        assertEquals(1.0, d.riskOfRuin());
        // 100 -> 70 -> 40: final return -0.6, drawdown -0.6
        assertEquals(-0.6, d.finalReturn().p50(), 1e-12);
        assertEquals(-0.6, d.maxDrawdown().p50(), 1e-12);
    }

    @Test
    void blocksOfTheWholeLengthRepeatTheRealSequence() {
        TradeResampling.Distribution d = TradeResampling.run(PNLS, 100, TradeResampling.Method.BLOCK, PNLS.length, 20,
                3, 0.9);
        // peak 120 after 10, -20, 30 ... the real path: 110, 90, 120, 115, 130, 105, 145, 150: worst 105 / 130 - 1
        assertEquals(105.0 / 130 - 1, d.maxDrawdown().p50(), 1e-12);
        assertEquals(0.5, d.finalReturn().p50(), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameDistributionAndAnotherSeedAnother() {
        TradeResampling.Distribution a = TradeResampling.run(PNLS, 100, TradeResampling.Method.BLOCK, 3, 1_000, 5, 0.3);
        assertEquals(a, TradeResampling.run(PNLS, 100, TradeResampling.Method.BLOCK, 3, 1_000, 5, 0.3));
        assertNotEquals(a, TradeResampling.run(PNLS, 100, TradeResampling.Method.BLOCK, 3, 1_000, 6, 0.3));
    }

    @Test
    void refusesABlockLongerThanTheTradesAndNoTrades() {
        assertEquals("block length must be between 1 and the 8 trades, was 9", assertThrows(
                IllegalArgumentException.class, () -> TradeResampling.run(PNLS, 100, TradeResampling.Method.BLOCK, 9,
                        10, 1, 0.5)).getMessage());
        assertEquals("the run closed no trades: there is nothing to resample", assertThrows(
                IllegalArgumentException.class, () -> TradeResampling.run(new double[0], 100,
                        TradeResampling.Method.WITH_REPLACEMENT, 1, 10, 1, 0.5)).getMessage());
    }
}

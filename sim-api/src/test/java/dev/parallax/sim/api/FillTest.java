package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FillTest {

    @Test
    void notionalAndLatencyInMillisAreDerived() {
        Fill f = new Fill("o", "X", Side.BUY, 50_000, 0.5, 12.5, FillType.TAKER, 125_000_000L, 3.0, 0, false);
        assertEquals(25_000.0, f.notional());
        assertEquals(125.0, f.latencyMillis());
    }

    @Test
    void aRebateIsANegativeFee() {
        assertEquals(-1.0, new Fill("o", "X", Side.SELL, 10, 1, -1, FillType.MAKER, 0, 0, 0, true).fee());
    }

    @Test
    void invalidFieldsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Fill("o", "X", Side.BUY, 0, 1, 0, FillType.TAKER, 0, 0, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Fill("o", "X", Side.BUY, 1, 1, Double.NaN, FillType.TAKER, 0, 0, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Fill("o", "X", Side.BUY, 1, 1, 0, FillType.TAKER, -1, 0, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> new Fill("o", "X", Side.BUY, 1, 1, 0, null, 0, 0, 0, false));
    }
}

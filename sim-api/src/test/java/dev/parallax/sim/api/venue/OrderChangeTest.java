package dev.parallax.sim.api.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderChangeTest {

    @Test
    void aChangeOfSizeKeepsTheLimit() {
        OrderChange c = OrderChange.size(2.5);
        assertTrue(c.changesSize());
        assertFalse(c.changesLimitPrice());
        assertEquals(2.5, c.size(), 0.0);
    }

    @Test
    void aChangeOfNothingIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OrderChange(Double.NaN, Double.NaN));
        assertEquals("an order change needs a size or a limitPrice, both were NaN", e.getMessage());
    }

    @Test
    void aNegativeSizeOrAnInfiniteLimitIsRefusedNamingTheValue() {
        assertEquals("size must be > 0 and finite (or NaN to keep it), was -3.0",
                assertThrows(IllegalArgumentException.class, () -> OrderChange.size(-3)).getMessage());
        assertEquals("limitPrice must be > 0 and finite (or NaN to keep it), was Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> OrderChange.limitPrice(Double.POSITIVE_INFINITY)).getMessage());
    }
}

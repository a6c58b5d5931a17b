package dev.parallax.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.Side;
import org.junit.jupiter.api.Test;

class ClosedPositionTest {

    @Test
    void anExitBeforeTheEntryIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClosedPosition("t", "X", Side.BUY, 10, 9, 1, 1, 1, 1, 0, 0, 0));
        assertEquals("exitTimeNanos must be >= entryTimeNanos 10, was 9", e.getMessage());
    }

    @Test
    void aBlankTradeIdIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ClosedPosition(" ", "X", Side.BUY, 1, 2, 1, 1, 1, 1, 0, 0, 0));
    }
}

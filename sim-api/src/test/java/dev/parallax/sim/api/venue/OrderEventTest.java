package dev.parallax.sim.api.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OrderEventTest {

    @Test
    void anEventWithoutAReasonHasTheEmptyString() {
        assertEquals("", OrderEvent.of("a", OrderEvent.Kind.DONE, 5).reason());
    }

    @Test
    void aRejectionMustSayWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OrderEvent.of("a", OrderEvent.Kind.REJECTED, 5));
        assertEquals(true, e.getMessage().startsWith("reason"), e.getMessage());
        assertEquals("too big", OrderEvent.rejected("a", 5, "too big").reason());
    }
}

package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertDeliveryTest {

    @Test
    void theBackoffDoublesAfterEachFailureUpToTheMaximum() {
        AlertDelivery delivery = new AlertDelivery(Duration.ofMillis(250), Duration.ofSeconds(3), Duration.ZERO);
        // 250 ms, 500 ms, 1 s, 2 s, then capped at 3 s
        assertEquals(Duration.ofMillis(250), delivery.backoffAfter(1));
        assertEquals(Duration.ofMillis(500), delivery.backoffAfter(2));
        assertEquals(Duration.ofSeconds(1), delivery.backoffAfter(3));
        assertEquals(Duration.ofSeconds(2), delivery.backoffAfter(4));
        assertEquals(Duration.ofSeconds(3), delivery.backoffAfter(5));
        assertEquals(Duration.ofSeconds(3), delivery.backoffAfter(1_000_000));
    }

    @Test
    void badSettingsAreRefusedNamingTheFieldAndTheRule() {
        assertEquals("initialBackoff must be > 0, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> new AlertDelivery(Duration.ZERO, Duration.ofSeconds(1), Duration.ZERO)).getMessage());
        assertEquals("maxBackoff must be >= initialBackoff (PT2S), was PT1S", assertThrows(
                IllegalArgumentException.class,
                () -> new AlertDelivery(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO)).getMessage());
        assertEquals("drainTimeout must be >= 0, was PT-1S", assertThrows(IllegalArgumentException.class,
                () -> new AlertDelivery(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(-1)))
                .getMessage());
    }
}

package dev.parallax.sim.api.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketDataSourceTest {

    @Test
    void aSourceInMemoryIsReadyAtOnceEvenWhenItHasEnded() {
        MarketDataSource source = MarketDataSource.of(List.of());
        assertTrue(source.awaitNext(Duration.ZERO));
        assertTrue(source.awaitNext(Duration.ofDays(1)), "a source that never waits must not sleep");
    }

    @Test
    void aNegativeTimeoutIsRefused() {
        MarketDataSource source = MarketDataSource.of(List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> source.awaitNext(Duration.ofMillis(-1)));
        assertEquals("timeout must be >= 0, was PT-0.001S", e.getMessage());
    }
}

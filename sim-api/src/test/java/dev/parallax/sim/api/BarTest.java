package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarTest {

    @Test
    void aHighBelowTheLowIsRejectedNamingSymbolAndTime() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Bar("AAPL", 5, 10, 9, 11, 10, 100));
        assertEquals("bar AAPL at 5: high 9.0 must be >= low 11.0", e.getMessage());
    }

    @Test
    void openAndCloseMustLieWithinTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new Bar("X", 0, 12, 11, 9, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bar("X", 0, 10, 11, 9, 8, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bar("X", 0, Double.NaN, 11, 9, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bar("X", 0, 10, 11, 9, 10, -1));
    }

    @Test
    void quotesAndTradesAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new Quote("X", 0, 101, 100, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new TradeTick("X", 0, 100, 0, Aggressor.UNKNOWN));
        assertEquals(100.5, new Quote("X", 0, 100, 101, 1, 1).mid());
    }

    @Test
    void anInMemorySourceYieldsItsEventsInOrder() {
        Bar bar = new Bar("X", 1, 10, 11, 9, 10.5, 1);
        TradeTick trade = new TradeTick("X", 2, 10.4, 3, Aggressor.SELLER);
        try (MarketDataSource source = MarketDataSource.of(List.of(bar, trade))) {
            assertTrue(source.hasNext());
            assertEquals(bar, source.next());
            assertEquals(trade, source.next());
            assertFalse(source.hasNext());
        }
    }
}

package dev.parallax.backtest.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class BarSeriesTest {

    @Test
    void eventsStreamEveryBarInOrderAndThenStop() {
        BarSeries series = new BarSeries.Builder("X", 2).add(10, 1, 2, 0.5, 1.5, 7).add(20, 1.5, 3, 1, 2, 8).build();
        MarketDataSource events = series.events();
        assertEquals(new Bar("X", 10, 1, 2, 0.5, 1.5, 7), events.next());
        assertEquals(new Bar("X", 20, 1.5, 3, 1, 2, 8), events.next());
        assertFalse(events.hasNext());
        assertThrows(NoSuchElementException.class, events::next);
    }
}

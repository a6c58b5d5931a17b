package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void limitOrderWithoutPriceIsRejectedNamingTheField() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Order("o1", "BTC/USD", Side.BUY, OrderType.LIMIT, 1.0, Double.NaN, 0));
        assertTrue(e.getMessage().contains("limitPrice is required"), e.getMessage());
        assertTrue(e.getMessage().contains("o1"), e.getMessage());
    }

    @Test
    void nonPositiveOrNonFiniteSizesAreRejected() {
        for (double bad : new double[] {0, -3, Double.NaN, Double.POSITIVE_INFINITY}) {
            var e = assertThrows(IllegalArgumentException.class, () -> Order.market("o", "X", Side.SELL, bad, 0));
            assertTrue(e.getMessage().startsWith("size must be a finite number > 0, was " + bad), e.getMessage());
        }
    }

    @Test
    void negativeAndNanLimitPricesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Order.limit("o", "X", Side.BUY, 1, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> Order.limit("o", "X", Side.BUY, 1, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> Order.limit("o", "X", Side.BUY, 1, Double.POSITIVE_INFINITY, 0));
    }

    @Test
    void marketOrderWithAPriceIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Order("o", "X", Side.BUY, OrderType.MARKET, 1, 100, 0));
        assertTrue(e.getMessage().contains("must be NaN for MARKET"), e.getMessage());
    }

    @Test
    void blankIdsAndSymbolsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Order.market(" ", "X", Side.BUY, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Order.market("o", null, Side.BUY, 1, 0));
    }

    @Test
    void limitBuyAcceptsPricesAtOrBelowItsLimitAndSellAtOrAbove() {
        Order buy = Order.limit("b", "X", Side.BUY, 1, 100, 0);
        Order sell = Order.limit("s", "X", Side.SELL, 1, 100, 0);
        assertTrue(buy.accepts(99.5));
        assertTrue(buy.accepts(100));
        assertFalse(buy.accepts(100.01));
        assertTrue(sell.accepts(100.5));
        assertFalse(sell.accepts(99.99));
        assertTrue(Order.market("m", "X", Side.BUY, 1, 0).accepts(1e9));
    }

    @Test
    void sideSignIsPlusOneForBuys() {
        assertEquals(1, Side.BUY.sign());
        assertEquals(-1, Side.SELL.sign());
        assertEquals(Side.SELL, Side.BUY.opposite());
    }
}

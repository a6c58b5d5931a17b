package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarketConditionsTest {

    private static MarketConditions btc() {
        return new MarketConditions("BTC/USD", 49_995, 50_005, 2.5, 3.0, 50_000, 120, 0.02, 0);
    }

    @Test
    void spreadIsTheBidAskGapInBasisPointsOfTheLastPrice() {
        // (50,005 - 49,995) / 50,000 * 10,000 = 10 / 50,000 * 10,000 = 2.0 bps
        assertEquals(2.0, btc().spreadBps(), 1e-12);
        // (190.01 - 189.99) / 190 * 10,000 = 1.0526... bps
        MarketConditions aapl = new MarketConditions("AAPL", 189.99, 190.01, 100, 100, 190, 1e6, 0.01, 0);
        assertEquals(0.02 / 190 * 10_000, aapl.spreadBps(), 1e-9);
    }

    @Test
    void midIsHalfwayBetweenBidAndAsk() {
        assertEquals(50_000.0, btc().mid(), 0.0);
    }

    @Test
    void touchesAndSizesFollowTheSide() {
        MarketConditions m = btc();
        assertEquals(50_005, m.farTouch(Side.BUY));
        assertEquals(49_995, m.farTouch(Side.SELL));
        assertEquals(3.0, m.farSize(Side.BUY));
        assertEquals(2.5, m.nearSize(Side.BUY));
    }

    @Test
    void bidAboveAskIsRejectedNamingBoth() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MarketConditions("X", 101, 100, 1, 1, 100, 1, 0, 0));
        assertEquals("bid must be <= ask, was bid 101.0 > ask 100.0", e.getMessage());
    }

    @Test
    void nanNegativeAndInfiniteFieldsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MarketConditions("X", Double.NaN, 100, 1, 1, 100, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MarketConditions("X", -1, 100, 1, 1, 100, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MarketConditions("X", 99, 100, -1, 1, 100, 1, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new MarketConditions("X", 99, 100, 1, 1, Double.POSITIVE_INFINITY, 1, 0, 0));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MarketConditions("X", 99, 100, 1, 1, 100, 1, -0.1, 0));
        assertTrue(e.getMessage().startsWith("volatility must be"), e.getMessage());
    }

    @Test
    void aLockedBookIsAllowed() {
        assertEquals(0.0, new MarketConditions("X", 100, 100, 1, 1, 100, 1, 0, 0).spreadBps());
    }
}

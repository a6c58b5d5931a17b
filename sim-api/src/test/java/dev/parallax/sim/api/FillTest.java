package dev.parallax.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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

    @Test
    void anOrdersFillsCombineIntoOneWithVwapPriceSummedSizeAndFeesAndTheLastAndLargestParts() {
        // notified out of venue order: the 3 at 100 (maker, -2 bps, 3 ms) happened last at the venue
        Fill taker = new Fill("o", "X", Side.SELL, 102, 1, 0.01, FillType.TAKER, 7_000_000, 4, 50, true);
        Fill maker = new Fill("o", "X", Side.SELL, 100, 3, 0.03, FillType.MAKER, 3_000_000, -2, 90, false);

        Fill whole = Fill.combined(List.of(maker, taker), false);

        // by hand: size 4; price (3 * 100 + 1 * 102) / 4 = 100.5; slippage (3 * -2 + 1 * 4) / 4 = -0.5
        assertEquals(new Fill("o", "X", Side.SELL, 100.5, 4, 0.04, FillType.MAKER, 3_000_000, -0.5, 90, false),
                whole);
    }

    @Test
    void ofEqualTimesTheLaterPartGivesTheLatencyAndOfEqualSizesTheFirstGivesTheType() {
        Fill a = new Fill("o", "X", Side.BUY, 100, 1, 0, FillType.AGGRESSIVE, 1, 0, 10, true);
        Fill b = new Fill("o", "X", Side.BUY, 100, 1, 0, FillType.PASSIVE, 2, 0, 10, false);
        Fill whole = Fill.combined(List.of(a, b), true);
        assertEquals(2, whole.latencyNanos());
        assertEquals(FillType.AGGRESSIVE, whole.fillType());
        assertEquals(true, whole.partial());
    }

    @Test
    void fillsOfDifferentOrdersSymbolsOrSidesDoNotCombine() {
        Fill a = new Fill("o", "X", Side.BUY, 100, 1, 0, FillType.TAKER, 0, 0, 10, true);
        assertEquals("the fills of one order must share order id, symbol and side: o X SELL differs from o X BUY",
                assertThrows(IllegalArgumentException.class, () -> Fill.combined(List.of(a,
                        new Fill("o", "X", Side.SELL, 100, 1, 0, FillType.TAKER, 0, 0, 10, false)), false))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Fill.combined(List.of(a,
                new Fill("p", "X", Side.BUY, 100, 1, 0, FillType.TAKER, 0, 0, 10, false)), false));
        assertThrows(IllegalArgumentException.class, () -> Fill.combined(List.of(), false));
    }

    @Test
    void fillsGroupByOrderInTheOrderOfEachOrdersFirstFill() {
        Fill b1 = new Fill("b", "X", Side.BUY, 100, 1, 0, FillType.TAKER, 0, 0, 10, true);
        Fill a1 = new Fill("a", "X", Side.SELL, 50, 2, 0, FillType.TAKER, 0, 0, 11, false);
        Fill b2 = new Fill("b", "X", Side.BUY, 103, 2, 0, FillType.TAKER, 0, 0, 12, false);
        Fill c1 = new Fill("c", "X", Side.BUY, 10, 1, 0, FillType.TAKER, 0, 0, 13, true);

        List<Fill> orders = Fill.byOrder(List.of(b1, a1, b2, c1));

        assertEquals(List.of("b", "a", "c"), orders.stream().map(Fill::orderId).toList());
        assertEquals(102.0, orders.get(0).price(), 1e-12); // (100 + 2 * 103) / 3
        assertEquals(false, orders.get(0).partial(), "b's last fill was its final one");
        assertEquals(true, orders.get(2).partial(), "c has size left");
    }
}

package dev.parallax.ledger;

import static dev.parallax.ledger.Fills.buy;
import static dev.parallax.ledger.Fills.sell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerTradeLedgerTest {

    private static final double EPS = 1e-9;

    private final RecordingListener events = new RecordingListener();
    private final List<ClosedPosition> closed = events.closed;
    private final List<String> opened = events.opened;
    private final Ledger ledger = new Ledger(PositionMode.PER_TRADE, 10_000, events);

    @Test
    void eachExitRealizesAgainstItsOwnLotsEntryPrice() {
        ledger.open("a", buy("o1", "X", 2, 100, 1, 1));
        ledger.open("b", buy("o2", "X", 1, 110, 0.5, 2));
        assertEquals(3, ledger.position("X"), 0.0);
        assertEquals((200 + 110) / 3.0, ledger.averageEntryPrice("X"), EPS);

        assertEquals(20, ledger.close("a", sell("o3", "X", 1, 120, 0.2, 3)), EPS);
        assertEquals(-10, ledger.close("a", sell("o4", "X", 1, 90, 0.2, 4)), EPS);

        assertEquals(List.of(new ClosedPosition("a", "X", Side.BUY, 1, 4, 100, 105, 2, 2, 10, 1.4, 10 - 1.4)), closed);
        assertEquals(10, ledger.realizedPnl(), EPS);
        assertEquals(1 + 0.5 + 0.2 + 0.2, ledger.fees(), EPS);
        assertEquals(List.of("b"), ledger.openLots().stream().map(LotState::tradeId).toList());
    }

    @Test
    void theSameFillsRealizeDifferentlyThanNettingButEndAtTheSameEquity() {
        Ledger netting = new Ledger(PositionMode.NETTING, 10_000);
        List<Fill> fills = List.of(buy("a", "X", 1, 100, 0, 1), buy("b", "X", 1, 110, 0, 2));
        fills.forEach(netting::apply);
        ledger.open("a", fills.get(0));
        ledger.open("b", fills.get(1));
        Fill exit = sell("c", "X", 1, 120, 0, 3);
        netting.apply(exit);
        ledger.close("b", exit);
        netting.mark("X", 115);
        ledger.mark("X", 115);

        assertEquals(120 - 105, netting.realizedPnl(), EPS);
        assertEquals(120 - 110, ledger.realizedPnl(), EPS);
        assertEquals(115 - 100, ledger.unrealizedPnl(), EPS);
        assertEquals(10_000 + 10 + 15, ledger.equity(), EPS);
        assertEquals(netting.equity(), ledger.equity(), EPS);
        assertEquals(netting.cash(), ledger.cash(), 0.0);
    }

    @Test
    void anUnnamedFillClosesOppositeLotsOldestFirstAndOpensTheRestUnderItsOrderId() {
        ledger.open("a", buy("o1", "X", 2, 100, 0, 1));
        ledger.open("b", buy("o2", "X", 1, 110, 0, 2));
        ledger.apply(sell("o3", "X", 4, 105, 2, 3));

        // fee 2 over 4: 1 to a (2 units), 0.5 to b (1 unit), 0.5 to the new short lot
        assertEquals(List.of(new ClosedPosition("a", "X", Side.BUY, 1, 3, 100, 105, 2, 2, 10, 1, 9),
                new ClosedPosition("b", "X", Side.BUY, 2, 3, 110, 105, 1, 1, -5, 0.5, -5.5)), closed);
        assertEquals(List.of("a", "b", "o3"), opened);
        LotState rest = ledger.openLot("o3").orElseThrow();
        assertEquals(Side.SELL, rest.side());
        assertEquals(1, rest.openSize(), 0.0);
        assertEquals(105, rest.entryPrice(), 0.0);
        assertEquals(0.5, rest.fees(), 0.0);
        assertEquals(-1, ledger.position("X"), 0.0);
        assertEquals(5, ledger.realizedPnl(), EPS);
    }

    @Test
    void anUnnamedFillOfAnOpenLotsOrderAddsToItAtTheMeanPrice() {
        ledger.apply(buy("o", "X", 1, 100, 0.1, 1));
        ledger.apply(buy("o", "X", 3, 104, 0.3, 2));

        LotState lot = ledger.openLot("o").orElseThrow();
        assertEquals(4, lot.openSize(), 0.0);
        assertEquals((100 + 3 * 104) / 4.0, lot.costBasis(), EPS);
        assertEquals(0.4, lot.fees(), EPS);
        assertEquals(List.of("o"), opened);
    }

    @Test
    void aShortLotGainsWhenThePriceFalls() {
        ledger.open("s", sell("o", "X", 2, 50, 0.1, 1));
        ledger.mark("X", 45, 2);

        assertEquals(10_100 - 0.1, ledger.cash(), EPS);
        assertEquals(-90, ledger.marketValue(), EPS);
        assertEquals((45 - 50) * 2 * -1, ledger.unrealizedPnl(), EPS);
        assertEquals(10_000 - 0.1 + 10, ledger.equity(), EPS);
        assertEquals(ledger.cash() + ledger.marketValue(), ledger.equity(), EPS);
    }

    @Test
    void anExitWithinTheSizeToleranceClosesTheLotWithoutDust() {
        ledger.open("a", buy("o1", "X", 1, 100, 0, 1));
        ledger.close("a", sell("o2", "X", 1 + 5e-10, 101, 0, 2));

        assertTrue(ledger.openLots().isEmpty());
        assertEquals(1, closed.size());
        assertEquals((101 - 100) * (1 + 5e-10), closed.get(0).grossPnl(), 0.0);
    }

    @Test
    void aRestWithinTheSizeToleranceCountsAsClosed() {
        ledger.open("a", buy("o1", "X", 1, 100, 0, 1));
        ledger.close("a", sell("o2", "X", 1 - 5e-10, 101, 0, 2));

        assertTrue(ledger.openLots().isEmpty());
        assertEquals(0.0, ledger.position("X"), 0.0);
    }

    @Test
    void anExitBeyondTheToleranceIsRefusedAndChangesNothing() {
        ledger.open("a", buy("o1", "X", 1, 100, 1, 1));
        double cash = ledger.cash();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ledger.close("a", sell("o2", "X", 1 + 2e-9, 101, 0, 2)));
        assertEquals("size must be <= the open size 1.0 of trade 'a', was 1.000000002", e.getMessage());
        assertEquals(cash, ledger.cash(), 0.0);
        assertEquals(1, ledger.openLot("a").orElseThrow().openSize(), 0.0);
    }

    @Test
    void closesThatDoNotFitTheLotAreRefused() {
        ledger.open("a", buy("o1", "X", 1, 100, 0, 10));

        assertEquals("tradeId 'z' must name an open lot, was not open", assertThrows(IllegalArgumentException.class,
                () -> ledger.close("z", sell("o2", "X", 1, 100, 0, 11))).getMessage());
        assertEquals("symbol of a fill closing trade 'a' must be X, was Y", assertThrows(
                IllegalArgumentException.class, () -> ledger.close("a", sell("o2", "Y", 1, 100, 0, 11))).getMessage());
        assertEquals("side of a fill closing trade 'a' must be SELL, was BUY", assertThrows(
                IllegalArgumentException.class, () -> ledger.close("a", buy("o2", "X", 1, 100, 0, 11))).getMessage());
        assertEquals("timeNanos must be >= the entry time 10 of trade 'a', was 9", assertThrows(
                IllegalArgumentException.class, () -> ledger.close("a", sell("o2", "X", 1, 100, 0, 9))).getMessage());
        assertEquals(10_000 - 100, ledger.cash(), 0.0);
    }

    @Test
    void anOpenTradeIdCannotBeOpenedAgain() {
        ledger.open("a", buy("o1", "X", 1, 100, 0, 1));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ledger.open("a", buy("o2", "X", 1, 100, 0, 2)));
        assertTrue(e.getMessage().startsWith("tradeId 'a' must not name an open lot"), e.getMessage());
        assertEquals(1, ledger.position("X"), 0.0);
    }

    @Test
    void anUnnamedFillWhoseOrderIdNamesALotOfAnotherSymbolIsRefused() {
        ledger.open("o", buy("x", "X", 1, 100, 0, 1));

        assertThrows(IllegalArgumentException.class, () -> ledger.apply(buy("o", "Y", 1, 100, 0, 2)));
        assertFalse(ledger.hasHeld("Y"));
        assertEquals(10_000 - 100, ledger.cash(), 0.0);
    }

    @Test
    void aTimedMarkKeepsTheLatestPriceByTime() {
        ledger.mark("X", 10, 5);
        ledger.mark("X", 9, 4);
        assertEquals(10, ledger.lastPrice("X"), 0.0);
        ledger.mark("X", 11, 5);
        assertEquals(11, ledger.lastPrice("X"), 0.0);
        ledger.mark("X", 12);
        ledger.mark("X", 8, 1);
        assertEquals(8, ledger.lastPrice("X"), 0.0);
    }

    @Test
    void longAndShortLotsOfOneSymbolNet() {
        ledger.open("l", buy("o1", "X", 3, 100, 0, 1));
        ledger.open("s", sell("o2", "X", 1, 104, 0, 2));
        ledger.mark("X", 102);

        assertEquals(2, ledger.position("X"), 0.0);
        assertEquals(100, ledger.averageEntryPrice("X"), 0.0);
        // (102 - 100) * 3 + (104 - 102) * 1
        assertEquals(8, ledger.unrealizedPnl(), EPS);
        assertEquals(204, ledger.marketValue(), EPS);
    }
}

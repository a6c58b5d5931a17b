package dev.parallax.ledger;

import static dev.parallax.ledger.Fills.buy;
import static dev.parallax.ledger.Fills.sell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NettingLedgerTest {

    private static final double EPS = 1e-9;

    private final RecordingListener events = new RecordingListener();
    private final List<ClosedPosition> closed = events.closed;
    private final List<String> opened = events.opened;
    private final Ledger ledger = new Ledger(PositionMode.NETTING, 10_000, events);

    /** Two buys of 2 at 100 and 110 with a fee of 1 each: 4 at an average of 105. */
    private void buyFourAt105() {
        ledger.apply(buy("a", "X", 2, 100, 1, 1));
        ledger.apply(buy("b", "X", 2, 110, 1, 2));
    }

    @Test
    void buysAverageTheirPricesAndMarksValueThePosition() {
        buyFourAt105();
        ledger.mark("X", 120);

        assertEquals(4, ledger.position("X"), 0.0);
        assertEquals(105, ledger.averageEntryPrice("X"), EPS);
        // 10,000 - (200 + 1) - (220 + 1)
        assertEquals(9_578, ledger.cash(), EPS);
        assertEquals(480, ledger.marketValue(), EPS);
        assertEquals((120 - 105) * 4, ledger.unrealizedPnl(), EPS);
        assertEquals(9_578 + 480, ledger.equity(), EPS);
        assertEquals(List.of("a"), opened);
        assertTrue(closed.isEmpty());
    }

    @Test
    void aPartialCloseRealizesAgainstTheAverageAndKeepsIt() {
        buyFourAt105();
        ledger.apply(sell("c", "X", 1, 115, 0.5, 3));

        assertEquals(3, ledger.position("X"), 0.0);
        assertEquals(105, ledger.averageEntryPrice("X"), EPS);
        assertEquals(10, ledger.realizedPnl(), EPS);
        assertTrue(closed.isEmpty());
    }

    @Test
    void aFlipClosesTheRoundTripAndOpensTheRestAtTheFillPriceWithItsShareOfTheFee() {
        buyFourAt105();
        ledger.apply(sell("c", "X", 1, 115, 0.5, 3));
        ledger.apply(sell("d", "X", 5, 90, 2.5, 4));

        // closes 3 at 90 against 105 and carries 3/5 of the 2.5 fee; 2 open short at 90
        ClosedPosition trip = closed.get(0);
        assertEquals(new ClosedPosition("a", "X", Side.BUY, 1, 4, 105, (115 + 3 * 90) / 4.0, 4, 4, 10 - 45,
                1 + 1 + 0.5 + 1.5, 10 - 45 - 4.0), trip);
        assertEquals(-2, ledger.position("X"), 0.0);
        assertEquals(90, ledger.averageEntryPrice("X"), 0.0);
        assertEquals(List.of("a", "d"), opened);

        // a rebate on the buy that closes the short
        ledger.apply(buy("e", "X", 2, 80, -0.2, 5));
        assertEquals(new ClosedPosition("d", "X", Side.SELL, 4, 5, 90, 80, 2, 2, 20, 1.0 - 0.2, 20 - 0.8),
                closed.get(1));
        assertEquals(10 - 45 + 20, ledger.realizedPnl(), EPS);
        assertEquals(1 + 1 + 0.5 + 2.5 - 0.2, ledger.fees(), EPS);
        // 10,000 - 201 - 221 + 114.5 + 447.5 - 159.8
        assertEquals(9_980.2, ledger.cash(), EPS);
        assertEquals(ledger.cash(), ledger.equity(), 0.0);
        assertEquals(Map.of(), ledger.openPositions());
    }

    @Test
    void aShortGainsWhenThePriceFalls() {
        ledger.apply(sell("a", "X", 3, 50, 0, 1));
        ledger.mark("X", 40);

        assertEquals(-3, ledger.position("X"), 0.0);
        assertEquals(10_150, ledger.cash(), EPS);
        assertEquals(-120, ledger.marketValue(), EPS);
        assertEquals(30, ledger.unrealizedPnl(), EPS);
        assertEquals(10_030, ledger.equity(), EPS);
        assertEquals(120, ledger.grossExposure(), EPS);
    }

    @Test
    void roundingDustOfAFillCountsAsFlat() {
        ledger.apply(buy("a", "X", 0.3, 10, 0, 1));
        ledger.apply(sell("b", "X", 0.1, 10, 0, 2));
        ledger.apply(sell("c", "X", 0.2, 10, 0, 3));

        assertTrue(0.3 - 0.1 - 0.2 != 0, "the sizes must leave dust for this test to mean anything");
        assertEquals(0.0, ledger.position("X"), 0.0);
        assertEquals(1, closed.size());
        assertEquals(List.of(), ledger.openSymbols());
    }

    @Test
    void anExitNotifiedBeforeItsEntryHappenedIsDatedAtTheEntry() {
        ledger.apply(buy("a", "X", 1, 10, 0, 50));
        ledger.apply(sell("b", "X", 1, 11, 0, 40));

        assertEquals(50, closed.get(0).exitTimeNanos());
    }

    @Test
    void aFillSetsThePriceOnlyWhenNoneIsKnown() {
        ledger.apply(buy("a", "X", 1, 10, 0, 1));
        assertEquals(10, ledger.lastPrice("X"), 0.0);
        ledger.mark("X", 12);
        ledger.apply(buy("b", "X", 1, 11, 0, 2));

        assertEquals(12, ledger.lastPrice("X"), 0.0);
        assertEquals(2 * 12, ledger.marketValue(), 0.0);
    }

    @Test
    void symbolsAreKeptInSymbolOrder() {
        ledger.apply(buy("a", "C", 1, 10, 0, 1));
        ledger.mark("B", 5);
        ledger.apply(sell("b", "A", 1, 10, 0, 2));

        assertEquals(3, ledger.symbolCount());
        assertEquals(List.of("A", "B", "C"), List.of(ledger.symbolAt(0), ledger.symbolAt(1), ledger.symbolAt(2)));
        assertEquals(List.of("A", "C"), ledger.openSymbols());
        assertTrue(ledger.hasHeld("B"));
    }

    @Test
    void namingALotIsRefusedInNetting() {
        Fill fill = buy("a", "X", 1, 10, 0, 1);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ledger.open("t", fill));
        assertTrue(e.getMessage().contains("PER_TRADE"), e.getMessage());
        assertEquals(10_000, ledger.cash(), 0.0);
        assertTrue(ledger.openLots().isEmpty());
    }

    @Test
    void aMarkMustBeAPositivePrice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.mark("X", -1));
        assertEquals("price must be a finite number > 0, was -1.0", e.getMessage());
        assertEquals(0, ledger.symbolCount());
    }
}

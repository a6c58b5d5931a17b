package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.AccountOutcome;
import dev.parallax.backtest.result.OrderRejection;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ClientOrdersTest {

    private static final long T = 1_700_000_000_000_000_000L;

    private final ClientOrders orders = new ClientOrders(new OpenOrders(),
            new RunVenue(BacktestConfig.DEFAULT.models().create(), 42L), null);

    private static Order buy(String id, String symbol) {
        return Order.market(id, symbol, Side.BUY, 1.0, T);
    }

    @Test
    void aHeldOrderCancelledBeforeTheOpenLeavesNothingHeldForItsSymbol() {
        orders.accept(buy("a", "BTC"), 100.0, true);
        assertTrue(orders.holdsFor("BTC"));
        assertTrue(orders.isHeld("a"));

        assertTrue(orders.cancelHeld("a"));

        assertFalse(orders.holdsFor("BTC"));
        assertFalse(orders.isHeld("a"));
        assertEquals(List.of(), orders.takeHeld("BTC"));
        assertTrue(orders.isUsed("a"));
        assertFalse(orders.isWorking("a"));
        assertFalse(orders.cancelHeld("a"));
    }

    @Test
    void heldOrdersAreTakenOldestFirstAndOnlyForTheirOwnSymbol() {
        Order a = buy("a", "BTC");
        Order b = buy("b", "ETH");
        Order c = buy("c", "BTC");
        orders.accept(a, 100.0, true);
        orders.accept(b, 10.0, true);
        orders.accept(c, 100.0, true);

        assertEquals(List.of(a, c), orders.takeHeld("BTC"));

        assertFalse(orders.holdsFor("BTC"));
        assertTrue(orders.holdsFor("ETH"));
        assertTrue(orders.isHeld("b"));
    }

    @Test
    void cancellingEveryHeldOrderFinishesThemAndKeepsTheirIdsUsed() {
        orders.accept(buy("a", "BTC"), 100.0, true);
        orders.accept(buy("b", "ETH"), 10.0, true);

        orders.cancelAllHeld();

        assertFalse(orders.holdsFor("BTC"));
        assertFalse(orders.holdsFor("ETH"));
        assertTrue(orders.isUsed("a"));
        assertTrue(orders.isUsed("b"));
        assertFalse(orders.isWorking("a"));
        assertEquals(List.of(), orders.openStrategyOrders());
    }

    @Test
    void anOrderSentNowIsNotHeldAndStaysOpenUntilItsLastFill() {
        orders.accept(buy("a", "BTC"), 100.0, false);

        assertFalse(orders.holdsFor("BTC"));
        assertFalse(orders.isHeld("a"));
        assertEquals(List.of("a"), orders.openStrategyOrders());
    }

    @Test
    void aRejectedOrderKeepsItsIdUsedAndIsReportedOnce() {
        OrderRejection rejection = new OrderRejection("r", T, "order 'r' refused: test");

        orders.reject(rejection);

        assertTrue(orders.isUsed("r"));
        assertFalse(orders.isWorking("r"));
        assertSame(rejection, orders.nextUnreportedRejection());
        assertNull(orders.nextUnreportedRejection());
        AccountOutcome outcome = orders.outcome(OptionalLong.empty());
        assertEquals(1, outcome.rejectedOrders());
        assertEquals(List.of(rejection), outcome.rejections());
    }

    @Test
    void anUnusedIdIsNotUsed() {
        assertFalse(orders.isUsed("never"));
        assertFalse(orders.isHeld("never"));
    }
}

package dev.parallax.adapters.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.TradeTick;
import org.junit.jupiter.api.Test;

class TradeOrderTest {

    private static StreamTrade trade(long id, long micros) {
        return new StreamTrade(id, new TradeTick("BTC/USD", micros * 1_000L, 10, 1, Aggressor.UNKNOWN));
    }

    private static boolean deliver(TradeOrder order, StreamTrade trade) {
        boolean admitted = order.admit(trade);
        if (admitted) {
            order.delivered(trade);
        }
        return admitted;
    }

    @Test
    void beforeAReconnectionEveryTradeInTimeOrderIsDeliveredWhateverItsId() {
        TradeOrder order = new TradeOrder();
        assertTrue(deliver(order, trade(5, 100)));
        assertTrue(deliver(order, trade(5, 100)), "no copy is assumed without a reconnection");
        assertTrue(deliver(order, trade(3, 101)));
        assertEquals(0, order.copies());
    }

    @Test
    void afterAReconnectionTradesNotAboveTheLastIdAreCopies() {
        TradeOrder order = new TradeOrder();
        deliver(order, trade(7, 100));
        order.reconnecting();
        assertFalse(deliver(order, trade(6, 99)));
        assertFalse(deliver(order, trade(7, 100)));
        assertTrue(deliver(order, trade(8, 100)));
        assertFalse(deliver(order, trade(8, 100)));
        assertEquals(3, order.copies());
        assertEquals(8, order.lastId());
    }

    @Test
    void aTradeEarlierThanTheLastDeliveredIsAnErrorNamingBoth() {
        TradeOrder order = new TradeOrder();
        deliver(order, trade(100, 2_000_000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> order.admit(trade(101, 1_999_999)));
        assertEquals("trade 101 at 1999999 us is earlier than trade 100 at 2000000 us: time went backwards", e.getMessage());
    }
}

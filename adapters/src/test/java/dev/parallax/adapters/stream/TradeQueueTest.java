package dev.parallax.adapters.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.TradeTick;
import org.junit.jupiter.api.Test;

class TradeQueueTest {

    private static TradeTick trade(long time) {
        return new TradeTick("BTC/USD", time, 10, 1, Aggressor.UNKNOWN);
    }

    @Test
    void tradesComeOutInOrderAcrossTheRingsEnd() throws Exception {
        TradeQueue queue = new TradeQueue(2);
        assertTrue(queue.offer(trade(1)));
        assertTrue(queue.offer(trade(2)));
        assertFalse(queue.offer(trade(3)), "full");
        assertEquals(1, queue.take().timeNanos());
        assertTrue(queue.offer(trade(3)));
        assertEquals(2, queue.take().timeNanos());
        assertEquals(3, queue.take().timeNanos());
        queue.end();
        assertNull(queue.take());
    }

    @Test
    void aFailureIsThrownAfterTheWaitingTrades() throws Exception {
        TradeQueue queue = new TradeQueue(4);
        queue.offer(trade(1));
        IllegalArgumentException cause = new IllegalArgumentException("bad");
        queue.fail(cause);
        queue.end();
        assertEquals(1, queue.take().timeNanos());
        assertSame(cause, assertThrows(IllegalArgumentException.class, queue::take));
        assertSame(cause, assertThrows(IllegalArgumentException.class, queue::take), "it stays failed");
    }

    @Test
    void discardDropsTheWaitingTradesAndEnds() throws Exception {
        TradeQueue queue = new TradeQueue(4);
        queue.offer(trade(1));
        queue.fail(new IllegalStateException("late"));
        queue.discard();
        assertNull(queue.take());
        assertEquals(0, queue.size());
    }
}

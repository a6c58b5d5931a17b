package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillLogTest {

    @Test
    void readsBackFillsEqualToTheOnesAppendedInOrder() {
        FillLog log = new FillLog();
        List<Fill> appended = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) { // three chunks
            Side side = i % 3 == 0 ? Side.SELL : Side.BUY;
            Order order = Order.limit("o" + i, i % 2 == 0 ? "BTC/USD" : "ETH/USD", side, 2, 100 + i, i);
            FillType type = FillType.values()[i % FillType.values().length];
            Fill fill = new Fill(order.id(), order.symbol(), side, Math.nextUp(100.0 + i / 7.0), 0.1 + i * 1e-3,
                    -0.25 + i * 1e-4, type, 70_000_000L + i, i % 5 == 0 ? -1.5 : 0.0, 1_700_000_000_000_000_000L + i,
                    i % 4 == 0);
            log.append(order, fill);
            appended.add(fill);
        }
        assertEquals(appended, log);
        assertEquals(appended.get(2_499), log.get(2_499));
        assertEquals(appended.get(1_024), log.get(1_024));
    }

    @Test
    void anIndexOutsideTheLogIsRejected() {
        FillLog log = new FillLog();
        assertThrows(IndexOutOfBoundsException.class, () -> log.get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> log.get(-1));
    }
}

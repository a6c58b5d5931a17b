package dev.parallax.ledger;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;

/** Fills for the ledger tests. */
final class Fills {

    private Fills() {
    }

    static Fill buy(String orderId, String symbol, double size, double price, double fee, long time) {
        return new Fill(orderId, symbol, Side.BUY, price, size, fee, FillType.TAKER, 0, 0, time, false);
    }

    static Fill sell(String orderId, String symbol, double size, double price, double fee, long time) {
        return new Fill(orderId, symbol, Side.SELL, price, size, fee, FillType.TAKER, 0, 0, time, false);
    }
}

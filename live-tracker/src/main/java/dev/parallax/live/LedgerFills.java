package dev.parallax.live;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;

/**
 * Entries and exits as the {@link Fill}s the shared ledger books (an execution is booked as its own
 * fill). The ledger reads a fill's symbol, side, price, size, fee and time; the order id is the
 * trade id, and the fill type, latency and slippage it does not read are left at taker, 0 and 0.
 */
final class LedgerFills {

    private LedgerFills() {
    }

    /** {@code entry} as a fill on its own side. */
    static Fill of(LiveEntry entry) {
        return new Fill(entry.tradeId(), entry.symbol(), entry.side(), entry.price(), entry.size(), entry.fee(),
                FillType.TAKER, 0, 0, EpochNanos.of(entry.time()), false);
    }

    /** {@code exit} as a fill of its trade: its symbol and side are the trade's and its closing side. */
    static Fill of(LiveExit exit) {
        return new Fill(exit.tradeId(), exit.symbol(), exit.side(), exit.price(), exit.size(), exit.fee(),
                FillType.TAKER, 0, 0, EpochNanos.of(exit.time()), false);
    }
}

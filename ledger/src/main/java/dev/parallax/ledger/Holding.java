package dev.parallax.ledger;

import java.util.ArrayList;
import java.util.List;

/** Everything a {@link Ledger} holds for one symbol: its price and its netted position or open lots. */
final class Holding {

    final String symbol;
    double price = Double.NaN;
    /** Time of {@link #price}; {@link Long#MIN_VALUE} when it came without one. */
    long priceTime = Long.MIN_VALUE;
    /** The position in {@link PositionMode#NETTING}; null in PER_TRADE. */
    final NettingPosition netting;
    /** Open lots in {@link PositionMode#PER_TRADE}, oldest first; empty in NETTING. */
    final List<Lot> lots = new ArrayList<>(2);

    Holding(String symbol, PositionMode mode) {
        this.symbol = symbol;
        this.netting = mode == PositionMode.NETTING ? new NettingPosition(symbol) : null;
    }

    /** A NETTING holding with the open position {@code state}. */
    Holding(NettingState state) {
        this.symbol = state.symbol();
        this.netting = new NettingPosition(state);
    }

    /** Signed open quantity: the netted position, or the sum of the open lots. */
    double quantity() {
        if (netting != null) {
            return netting.quantity();
        }
        double quantity = 0;
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            quantity += lot.side().sign() * lot.openSize();
        }
        return quantity;
    }

    /**
     * Average cost of what is open: the netted average, or in PER_TRADE the bases of the open lots on
     * the side of the net quantity weighted by their open sizes; NaN when the net quantity is zero.
     */
    double averageEntryPrice() {
        if (netting != null) {
            return netting.averagePrice();
        }
        double net = quantity();
        double size = 0;
        double cost = 0;
        for (int i = 0; i < lots.size(); i++) {
            Lot lot = lots.get(i);
            if (lot.side().sign() == Math.signum(net)) {
                size += lot.openSize();
                cost += lot.openSize() * lot.basis();
            }
        }
        return size == 0 ? Double.NaN : cost / size;
    }
}

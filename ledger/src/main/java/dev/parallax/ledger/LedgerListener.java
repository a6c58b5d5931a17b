package dev.parallax.ledger;

import dev.parallax.sim.api.Fill;

/** Told by a {@link Ledger} when a position opens and when one closes; called on the booking thread. */
public interface LedgerListener {

    /** Ignores every event. */
    LedgerListener NONE = new LedgerListener() {
    };

    /**
     * A position named {@code tradeId} was opened by (part of) {@code fill}: a round trip from flat
     * or after a flip in NETTING, a new lot in PER_TRADE.
     */
    default void opened(String tradeId, Fill fill) {
    }

    /** {@code position} was closed by the fill just booked. */
    default void closed(ClosedPosition position) {
    }
}

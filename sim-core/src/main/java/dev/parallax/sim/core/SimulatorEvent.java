package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import java.util.Comparator;

/**
 * Something the simulator must do at a later time: an order or a cancel arriving at the venue,
 * or a fill reaching the trader. Ordered by time, then by the order of creation.
 */
record SimulatorEvent(long timeNanos, long sequence, Kind kind, WorkingOrder order, Fill fill) {

    enum Kind { ORDER_ARRIVES, CANCEL_ARRIVES, FILL_NOTIFIED }

    /** By time, then by sequence; written out rather than composed, as it runs for every heap step. */
    static final Comparator<SimulatorEvent> BY_TIME = (a, b) -> {
        if (a.timeNanos != b.timeNanos) {
            return a.timeNanos < b.timeNanos ? -1 : 1;
        }
        return Long.compare(a.sequence, b.sequence);
    };
}

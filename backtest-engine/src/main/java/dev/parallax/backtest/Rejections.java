package dev.parallax.backtest;

import dev.parallax.backtest.result.AccountOutcome;
import dev.parallax.backtest.result.OrderRejection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The orders one run's account refused: all counted, the first {@link #KEPT} kept with their
 * messages, and each queued until the strategy has been told of it.
 */
final class Rejections {

    /** How many rejections a result keeps with their messages. */
    static final int KEPT = 20;

    private final List<OrderRejection> kept = new ArrayList<>();
    private final ArrayDeque<OrderRejection> unreported = new ArrayDeque<>();
    private long count;

    void add(OrderRejection rejection) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(rejection);
        }
        unreported.add(rejection);
    }

    /** The oldest rejection the strategy has not been told of, removed from the queue; null when none. */
    OrderRejection nextUnreported() {
        return unreported.poll();
    }

    /** The count and the kept rejections, with the time of ruin if there was one. */
    AccountOutcome outcome(OptionalLong ruinedAtNanos) {
        return new AccountOutcome(count, kept, ruinedAtNanos);
    }
}

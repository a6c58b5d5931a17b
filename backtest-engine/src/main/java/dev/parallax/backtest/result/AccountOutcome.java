package dev.parallax.backtest.result;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the account's rules did in a run.
 *
 * @param rejectedOrders orders the account refused (not enough cash or margin, a short in a cash
 *                       account, sent while liquidating or after ruin)
 * @param rejections     the first of them with their messages, in the order they were sent
 * @param ruinedAtNanos  the time of the first event after which equity was at or below zero, when
 *                       that happened; the run traded no more from then on
 */
public record AccountOutcome(long rejectedOrders, List<OrderRejection> rejections, OptionalLong ruinedAtNanos) {

    /** Nothing rejected, not ruined. */
    public static final AccountOutcome CLEAN = new AccountOutcome(0, List.of(), OptionalLong.empty());

    /** Copies the list and checks the count covers it. */
    public AccountOutcome {
        rejections = List.copyOf(rejections);
        if (rejectedOrders < rejections.size()) {
            throw new IllegalArgumentException("rejectedOrders must be >= the " + rejections.size()
                    + " rejections kept, was " + rejectedOrders);
        }
        if (ruinedAtNanos == null) {
            throw new IllegalArgumentException("ruinedAtNanos must not be null; use OptionalLong.empty()");
        }
    }

    /** True if equity reached zero during the run. */
    public boolean ruined() {
        return ruinedAtNanos.isPresent();
    }
}

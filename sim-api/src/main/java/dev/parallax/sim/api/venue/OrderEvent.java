package dev.parallax.sim.api.venue;

import dev.parallax.sim.api.Preconditions;

/**
 * Something that happened to an order at a venue, other than an execution.
 *
 * @param orderId   the order's client id
 * @param kind      what happened
 * @param timeNanos when the venue says it happened, epoch nanoseconds
 * @param reason    why, for {@link Kind#REJECTED}; the empty string otherwise
 */
public record OrderEvent(String orderId, Kind kind, long timeNanos, String reason) {

    /** What happened to an order. */
    public enum Kind {
        /** The venue took the order; it can execute from now on. */
        ACCEPTED,
        /** A change of size or limit price took effect. */
        MODIFIED,
        /** A cancel took effect; executions before it stand. */
        CANCELLED,
        /** The venue refused the order or a change of it; the reason says why. */
        REJECTED,
        /** The order is completely filled. */
        DONE
    }

    /** Validates the fields: an id, a kind, a reason (not blank for {@link Kind#REJECTED}). */
    public OrderEvent {
        Preconditions.notBlank("orderId", orderId);
        Preconditions.notNull("kind", kind);
        Preconditions.notNull("reason", reason);
        if (kind == Kind.REJECTED) {
            Preconditions.notBlank("reason", reason);
        }
    }

    /** An event without a reason. */
    public static OrderEvent of(String orderId, Kind kind, long timeNanos) {
        return new OrderEvent(orderId, kind, timeNanos, "");
    }

    /** A rejection of order {@code orderId} (or of a change of it) for {@code reason}. */
    public static OrderEvent rejected(String orderId, long timeNanos, String reason) {
        return new OrderEvent(orderId, Kind.REJECTED, timeNanos, reason);
    }
}

package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Duration;

/**
 * How a live tracker's background sender delivers alerts: after a failed attempt it waits
 * {@code initialBackoff}, doubling after each further failure up to {@code maxBackoff}, and tries
 * again, without end; on {@link LiveExecutionTracker#close()} it keeps delivering for at most
 * {@code drainTimeout}, then leaves what is left in the outbox for the next open.
 *
 * @param initialBackoff wait after the first failure, above 0
 * @param maxBackoff     longest wait between attempts, at least {@code initialBackoff}
 * @param drainTimeout   how long closing may wait for undelivered alerts, not negative
 */
public record AlertDelivery(Duration initialBackoff, Duration maxBackoff, Duration drainTimeout) {

    /** 1 s doubling up to 60 s; closing waits at most 10 s. */
    public static final AlertDelivery DEFAULT = new AlertDelivery(Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofSeconds(10));

    /** Validates every field; see the component descriptions for the rules. */
    public AlertDelivery {
        notNull("initialBackoff", initialBackoff);
        notNull("maxBackoff", maxBackoff);
        notNull("drainTimeout", drainTimeout);
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initialBackoff must be > 0, was " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must be >= initialBackoff (" + initialBackoff + "), was "
                    + maxBackoff);
        }
        if (drainTimeout.isNegative()) {
            throw new IllegalArgumentException("drainTimeout must be >= 0, was " + drainTimeout);
        }
    }

    /** The wait after {@code failures} failed attempts in a row (1 or more): doubling, capped. */
    Duration backoffAfter(int failures) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}

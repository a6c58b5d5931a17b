package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Instant;

/**
 * A risk limit that tripped, an alert that fired, or an operator's reset: recorded with the event
 * that caused it, with its risk alert in the same transaction, and delivered to the alert sinks.
 *
 * @param kind     what happened
 * @param time     when: the time of the event that caused it, or the clock's time of a reset; between
 *                 1677-09-21 and 2262-04-11 (what the store keeps)
 * @param reason   what happened and why, with the figures; not blank
 * @param operator who reset the breaker; empty for what the tracker did by itself
 */
public record RiskEvent(RiskEventKind kind, Instant time, String reason, String operator) implements LiveEvent {

    /** Validates every field; see the component descriptions for the rules. */
    public RiskEvent {
        notNull("kind", kind);
        EventTimes.time("time", time);
        notBlank("reason", reason);
        notNull("operator", operator);
    }
}

package dev.parallax.parity.alert;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Instant;

/**
 * One alert about one strategy.
 *
 * @param strategy the strategy, not blank
 * @param kind     what happened
 * @param severity how urgent it is
 * @param message  what happened and why, not blank
 * @param operator who acted: the operator of a reset; empty for what the tracker did by itself
 * @param time     when it happened
 */
public record ParityAlert(String strategy, AlertKind kind, AlertSeverity severity, String message, String operator,
                          Instant time) {

    /** Validates every field; see the component descriptions for the rules. */
    public ParityAlert {
        notBlank("strategy", strategy);
        notNull("kind", kind);
        notNull("severity", severity);
        notBlank("message", message);
        notNull("operator", operator);
        notNull("time", time);
    }
}

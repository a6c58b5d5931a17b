package dev.parallax.parity.state;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Instant;

/**
 * Whether a strategy is disabled, and the last change that made it so or re-enabled it.
 *
 * @param strategy  the strategy, not blank
 * @param disabled  true after an auto-disable, false after a reset
 * @param reason    why: the breached thresholds of a disable, or the operator's reason for a reset
 * @param changedBy who made the change: {@link #AUTOMATIC} for the tracker, else the operator
 * @param changedAt when the change was made
 */
public record DisableState(String strategy, boolean disabled, String reason, String changedBy, Instant changedAt) {

    /** {@link #changedBy()} of a change the tracker made by itself. */
    public static final String AUTOMATIC = "parity-tracker";

    /** Validates every field; see the component descriptions for the rules. */
    public DisableState {
        notBlank("strategy", strategy);
        notBlank("reason", reason);
        notBlank("changedBy", changedBy);
        notNull("changedAt", changedAt);
    }
}

package dev.parallax.parity.state;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.parity.ParityLimits;
import java.time.Instant;

/**
 * The limits a strategy's parity tracker judged its trades by, as saved next to its disable state.
 *
 * @param strategy the strategy, not blank
 * @param limits   the zone, thresholds and windows in force
 * @param savedAt  when a tracker first ran with these limits
 */
public record SavedLimits(String strategy, ParityLimits limits, Instant savedAt) {

    /** Validates every field; see the component descriptions for the rules. */
    public SavedLimits {
        notBlank("strategy", strategy);
        notNull("limits", limits);
        notNull("savedAt", savedAt);
    }
}

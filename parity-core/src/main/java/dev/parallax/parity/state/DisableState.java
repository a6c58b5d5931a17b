package dev.parallax.parity.state;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whether a strategy is disabled, and the last change that made it so or re-enabled it.
 *
 * @param strategy  the strategy, not blank
 * @param disabled  true after an auto-disable, false after a reset
 * @param reason    why: the breached thresholds of a disable, or the operator's reason for a reset
 * @param changedBy who made the change: {@link #AUTOMATIC} for the tracker, else the operator
 * @param changedAt when the change was made
 * @param day       the trading day whose verdict the change concerns: the day judged for an automatic
 *                  disable, the day of the cleared disable for a reset; empty when not known (a state
 *                  written before the day was kept, or a disable that was not automatic). A replay of
 *                  recorded trades at start-up uses it so that a reset sticks: it never disables the
 *                  strategy again for the day a reset cleared.
 * @param liveExecutions for a reset, the number of live executions the tracker had taken when the
 *                  operator reset it, {@code >= 0}: a replay skips the cleared day's disable only when
 *                  it comes from those, and applies one that a later execution of the same day caused
 *                  (whose save a crash may have lost). Empty when not known, or for a disable
 */
public record DisableState(String strategy, boolean disabled, String reason, String changedBy, Instant changedAt,
                           Optional<LocalDate> day, OptionalLong liveExecutions) {

    /** {@link #changedBy()} of a change the tracker made by itself. */
    public static final String AUTOMATIC = "parity-tracker";

    /** Validates every field; see the component descriptions for the rules. */
    public DisableState {
        notBlank("strategy", strategy);
        notBlank("reason", reason);
        notBlank("changedBy", changedBy);
        notNull("changedAt", changedAt);
        notNull("day", day);
        notNull("liveExecutions", liveExecutions);
        if (liveExecutions.isPresent() && liveExecutions.getAsLong() < 0) {
            throw new IllegalArgumentException("liveExecutions must be >= 0, was " + liveExecutions.getAsLong());
        }
    }

    /** A state whose number of live executions is not known. */
    public DisableState(String strategy, boolean disabled, String reason, String changedBy, Instant changedAt,
                        Optional<LocalDate> day) {
        this(strategy, disabled, reason, changedBy, changedAt, day, OptionalLong.empty());
    }

    /** A state that concerns no particular day. */
    public DisableState(String strategy, boolean disabled, String reason, String changedBy, Instant changedAt) {
        this(strategy, disabled, reason, changedBy, changedAt, Optional.empty());
    }
}

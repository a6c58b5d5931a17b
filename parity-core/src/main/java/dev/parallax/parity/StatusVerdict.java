package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.util.List;

/**
 * What the thresholds say about one daily report.
 *
 * @param status              DISABLED when {@code triggers} is not empty, else the tracking-error
 *                            level (ACTIVE when the tracking error was not judged)
 * @param triggers            the disable triggers that fired, in {@link DisableTrigger} order;
 *                            empty if none
 * @param reason              one sentence per breach naming the figure, its value and the limit;
 *                            empty when nothing was breached
 * @param trackingErrorJudged false when the day had fewer matched trades than
 *                            {@link ParityThresholds#minTradesForTrackingError()}: the tracking
 *                            error then says nothing, and a tracker keeps its current
 *                            ACTIVE/WARNING/CRITICAL status instead of moving to {@code status}
 */
public record StatusVerdict(ParityStatus status, List<DisableTrigger> triggers, String reason,
                            boolean trackingErrorJudged) {

    /** Checks consistency between the status and the triggers. */
    public StatusVerdict {
        notNull("status", status);
        triggers = List.copyOf(notNull("triggers", triggers));
        notNull("reason", reason);
        if ((status == ParityStatus.DISABLED) != !triggers.isEmpty()) {
            throw new IllegalArgumentException("status must be DISABLED exactly when triggers is not empty, was "
                    + status + " with triggers " + triggers);
        }
    }

    /** True when a disable trigger fired. */
    public boolean disables() {
        return !triggers.isEmpty();
    }
}

package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.parity.alert.Alert;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ParityTracker#recordLiveDeferringAlerts} did: the trade it completed, if any, and the
 * alerts it raised, which the caller delivers.
 *
 * @param completed the completed trade when the backtest side was already recorded, else empty
 * @param alerts    the alerts raised, in the order they happened; empty when the status did not move
 */
public record LiveRecording(Optional<TradeComparison> completed, List<Alert> alerts) {

    /** Checks both parts are given and copies the list. */
    public LiveRecording {
        notNull("completed", completed);
        alerts = List.copyOf(notNull("alerts", alerts));
    }
}

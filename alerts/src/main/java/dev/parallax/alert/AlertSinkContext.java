package dev.parallax.alert;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.nio.file.Path;

/**
 * What a provider may need to build its sink.
 *
 * @param alertLogFolder folder of {@code parity_disable_alerts.log}
 */
public record AlertSinkContext(Path alertLogFolder) {

    /** Checks that the folder is given. */
    public AlertSinkContext {
        notNull("alertLogFolder", alertLogFolder);
    }
}

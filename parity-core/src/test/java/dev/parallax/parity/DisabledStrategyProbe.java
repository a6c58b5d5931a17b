package dev.parallax.parity;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Run in a fresh JVM by {@link ParityTrackerRegistryTest}: opens a registry on the folders given
 * as arguments and prints the status of one strategy, then its disable reason on the next line.
 * Arguments: data folder, alert log folder, strategy.
 */
public final class DisabledStrategyProbe {

    private DisabledStrategyProbe() {
    }

    /** Prints the status and the disable reason of {@code args[2]}. */
    public static void main(String[] args) {
        ParitySettings settings = ParitySettings.builder().dataFolder(Path.of(args[0]))
                .alertLogFolder(Path.of(args[1])).build();
        ParityTracker tracker = new ParityTrackerRegistry(settings, Clock.systemUTC(), List.of()).tracker(args[2]);
        System.out.println(tracker.status());
        System.out.println(tracker.disableReason());
    }
}

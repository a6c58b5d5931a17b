package dev.parallax.live;

import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Run in a child JVM by {@link CrashRecoveryTest}: records entries and exits as fast as it can and
 * prints {@code ACK ENTRY id} or {@code ACK EXIT id} after each call returned, until it is killed.
 */
public final class CrashingRecorder {

    private CrashingRecorder() {
    }

    /** Arguments: the data folder. */
    public static void main(String[] args) {
        LiveTrackerSettings settings = LiveTrackerSettings.of("crash", Path.of(args[0]), 10_000);
        LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).alertSinks(List.of()).open();
        for (int i = 0; ; i++) {
            String id = "T" + i;
            tracker.recordEntry(LiveEntry.of(id, "BTC/USD", Side.BUY, 0.01, 100 + i % 7, 0.01, Instant.now()));
            System.out.println("ACK ENTRY " + id);
            System.out.flush();
            if (i % 3 != 2) {
                tracker.recordExit(LiveExit.notCompared(id, "BTC/USD", Side.SELL, 0.01, 101 + i % 5, 0.01, Instant.now()));
                System.out.println("ACK EXIT " + id);
                System.out.flush();
            }
        }
    }
}

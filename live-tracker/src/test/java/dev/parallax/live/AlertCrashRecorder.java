package dev.parallax.live;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Run in a child JVM by {@link AlertCrashTest}: trips the circuit breaker with a sink that hangs, so
 * the trip alert is committed but never delivered, prints {@code RECORDED} once the record returned,
 * and waits to be killed.
 */
public final class AlertCrashRecorder {

    private AlertCrashRecorder() {
    }

    /** Arguments: the data folder. */
    public static void main(String[] args) throws InterruptedException {
        BlockingSink hangs = new BlockingSink();
        LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(Path.of(args[0])))
                .alertSinks(List.of(hangs)).open();
        tracker.recordEntry(Trackers.buy("T1", 10, 100, 0, LiveExecutionTrackerTest.at("2024-03-04T09:00:00Z")));
        tracker.mark(Trackers.mark(49, LiveExecutionTrackerTest.at("2024-03-04T10:00:00Z")));
        System.out.println("RECORDED " + tracker.breaker().tripped());
        System.out.flush();
        hangs.entered.await(30, TimeUnit.SECONDS);
        System.out.println("SENDING");
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
}

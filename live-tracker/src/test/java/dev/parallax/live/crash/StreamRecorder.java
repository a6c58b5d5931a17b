package dev.parallax.live.crash;

import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link RepeatedCrashTest}: opens the parity tracker (recording every
 * backtest execution of the stream, as a restarted application would reload its backtest) and the
 * live tracker feeding it, which replays what is stored; prints {@code READY <stored events>
 * <disabled>}; then records the rest of the stream, printing {@code ACK <index>} after each call
 * returned and {@code DISABLED <index>} once the parity tracker says it is disabled; {@code DONE} at
 * the end. It is meant to be killed at any moment. Given an index to hold at, it prints {@code HOLD
 * <index>} before recording that event and waits to be killed instead.
 */
public final class StreamRecorder {

    private StreamRecorder() {
    }

    /** Arguments: the data folder, the stream's seed, the stream's length, optionally the index to hold at. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path dir = Path.of(args[0]);
        CrashStream stream = CrashStream.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        int holdAt = args.length > 3 ? Integer.parseInt(args[3]) : stream.events().size();
        ParityTrackerRegistry registry = new ParityTrackerRegistry(stream.paritySettings(dir), stream.clock(),
                List.of());
        ParityTracker parity = registry.tracker(CrashStream.STRATEGY);
        stream.backtest().forEach(parity::recordBacktest);
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(stream.settings(dir)).parity(registry)
                .snapshotEvery(CrashStream.SNAPSHOT_EVERY)
                .clock(stream.clock()).open()) {
            int stored = Math.toIntExact(tracker.eventCount() - tracker.riskEvents().size());
            boolean disabled = parity.isDisabled();
            out.println("READY " + stored + " " + disabled);
            for (int i = stored; i < stream.events().size(); i++) {
                if (i == holdAt) {
                    out.println("HOLD " + i);
                    holdUntilKilled();
                }
                stream.record(tracker, i);
                out.println("ACK " + i);
                if (!disabled && parity.isDisabled()) {
                    disabled = true;
                    out.println("DISABLED " + i);
                }
            }
            out.println("DONE");
        }
    }

    /** Waits to be killed; should the parent die first, its end of standard input closes and this exits. */
    private static void holdUntilKilled() {
        try {
            while (System.in.read() >= 0) {
                // nothing is sent; wait for the end
            }
        } catch (IOException e) {
            // the parent is gone
        }
        System.exit(3);
    }
}

package dev.parallax.live.crash;

import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
 * the end. It is meant to be killed at any moment.
 */
public final class StreamRecorder {

    private StreamRecorder() {
    }

    /** Arguments: the data folder, the stream's seed, the stream's length. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path dir = Path.of(args[0]);
        CrashStream stream = CrashStream.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        ParityTrackerRegistry registry = new ParityTrackerRegistry(stream.paritySettings(dir), stream.clock(),
                List.of());
        ParityTracker parity = registry.tracker(CrashStream.STRATEGY);
        stream.backtest().forEach(parity::recordBacktest);
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(stream.settings(dir)).parity(registry)
                .clock(stream.clock()).open()) {
            int stored = Math.toIntExact(tracker.eventCount() - tracker.riskEvents().size());
            boolean disabled = parity.isDisabled();
            out.println("READY " + stored + " " + disabled);
            for (int i = stored; i < stream.events().size(); i++) {
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
}

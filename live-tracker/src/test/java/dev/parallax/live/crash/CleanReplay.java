package dev.parallax.live.crash;

import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.MemoryEventStore;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import java.nio.file.Path;
import java.util.List;

/**
 * The same stream recorded once in this JVM, without crashes, with events kept in memory: what a
 * crashed and restarted tracker must agree with, figure for figure.
 */
final class CleanReplay implements AutoCloseable {

    private final CrashStream stream;
    private final ParityTracker parity;
    private final LiveExecutionTracker live;
    private int recorded;
    private int disabledAt = -1;

    CleanReplay(CrashStream stream, Path dir) {
        this.stream = stream;
        ParityTrackerRegistry registry = new ParityTrackerRegistry(stream.paritySettings(dir), stream.clock(),
                List.of());
        this.parity = registry.tracker(CrashStream.STRATEGY);
        stream.backtest().forEach(parity::recordBacktest);
        this.live = LiveExecutionTracker.builder(stream.settings(dir)).store(new MemoryEventStore())
                .parity(registry).clock(stream.clock()).open();
    }

    /** Records the stream up to (not including) event {@code count}. */
    void advanceTo(int count) {
        while (recorded < count) {
            stream.record(live, recorded);
            if (disabledAt < 0 && parity.isDisabled()) {
                disabledAt = recorded;
            }
            recorded++;
        }
    }

    /** The figures after the events recorded so far. */
    Figures figures() {
        return Figures.of(live, parity, stream);
    }

    boolean disabled() {
        return parity.isDisabled();
    }

    /** The index of the event whose recording disabled the strategy, or -1. */
    int disabledAt() {
        return disabledAt;
    }

    @Override
    public void close() {
        live.close();
    }
}

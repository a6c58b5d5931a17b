package dev.parallax.live.store;

import dev.parallax.live.EventOrigin;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.RecordOutcome;
import dev.parallax.live.crash.CrashStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link PostgresCrashTest}: opens the tracker of {@link CrashStream#STRATEGY}
 * on the test PostgreSQL database, prints {@code READY <stored events>}, then feeds the whole stream
 * with input ids {@code line-<i>}, printing {@code ACK <i>} after each event it recorded (those
 * recorded before are skipped by the tracker), and {@code DONE} at the end.
 *
 * <p>A killed writer's session ends when the server sees its socket close, which can take a moment
 * after the kill; until then the writer lock is still held, so opening retries "in use" for up to
 * 20 s (any other failure ends the child).
 */
public final class PostgresStreamRecorder {

    private PostgresStreamRecorder() {
    }

    /** {@code args}: the seed and length of the stream, and the data folder for the alert log. */
    public static void main(String[] args) throws InterruptedException {
        CrashStream stream = CrashStream.generate(Long.parseLong(args[0]), Integer.parseInt(args[1]));
        try (LiveExecutionTracker tracker = open(stream, Path.of(args[2]))) {
            System.out.println("READY " + tracker.eventCount());
            System.out.flush();
            for (int i = 0; i < stream.events().size(); i++) {
                if (tracker.record(stream.events().get(i), EventOrigin.of("line-" + i)) == RecordOutcome.RECORDED) {
                    System.out.println("ACK " + i);
                    System.out.flush();
                }
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }

    private static LiveExecutionTracker open(CrashStream stream, Path dir) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try {
                JdbcLiveEventStore store = JdbcLiveEventStore.postgresql(PostgresTestServer.database(),
                        CrashStream.STRATEGY);
                return LiveExecutionTracker.builder(stream.settings(dir)).store(store).clock(stream.clock())
                        .alertSinks(List.of()).open();
            } catch (LiveStoreException e) {
                if (!e.getMessage().contains("in use by another process") || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}

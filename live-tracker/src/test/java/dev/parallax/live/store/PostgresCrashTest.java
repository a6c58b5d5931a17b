package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.crash.CrashStream;
import dev.parallax.live.export.SnapshotJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer JVM recording into PostgreSQL is killed with SIGKILL after a seeded random number of
 * acknowledged events, again and again until the stream is recorded. After every kill the stored
 * events are exactly a prefix of the stream (nothing twice, nothing out of order) holding every
 * acknowledged event; the restarted writer gets the strategy's lock once the server has ended the
 * killed session; the end result equals the stream recorded once into SQLite.
 */
class PostgresCrashTest {

    private static final long SEED = 1616;
    private static final int EVENTS = 240;
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String EOF = "\u0000EOF";

    @TempDir
    Path dir;

    private PostgresDatabase db;

    @Test
    @Timeout(300)
    void aWriterKilledAgainAndAgainLosesNothingCommittedAndRecordsNothingTwice() throws Exception {
        db = PostgresTestServer.withoutStrategies(CrashStream.STRATEGY);
        CrashStream stream = CrashStream.generate(SEED, EVENTS);
        SplittableRandom kills = new SplittableRandom(SEED);
        TreeSet<Integer> acknowledged = new TreeSet<>();
        int killed = 0;
        int stored = 0;
        int inFlightKept = 0;
        boolean done = false;
        while (!done) {
            Process child = new ProcessBuilder(JAVA, "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), PostgresStreamRecorder.class.getName(),
                    Long.toString(SEED), Integer.toString(EVENTS), dir.toString())
                    .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile())).start();
            BlockingQueue<String> lines = pump(child);
            String ready = lines.poll(60, TimeUnit.SECONDS);
            assertTrue(ready != null && ready.startsWith("READY "), "child did not start: " + ready);
            assertEquals(stored, Integer.parseInt(ready.substring(6)), "events stored when the child started");
            int ackBeforeKill = 1 + kills.nextInt(60);
            for (int seen = 0; seen < ackBeforeKill; ) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null || line.equals(EOF) || line.equals("DONE")) {
                    done = "DONE".equals(line);
                    break;
                }
                acknowledged.add(Integer.parseInt(line.substring(4)));
                seen++;
            }
            if (!done) {
                child.toHandle().destroyForcibly();
                killed++;
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not exit");
            for (String line = lines.take(); !line.equals(EOF); line = lines.take()) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Integer.parseInt(line.substring(4)));
                }
                done |= line.equals("DONE");
            }
            stored = assertStoredIsAPrefixHoldingEveryAcknowledged(stream, acknowledged);
            // an event committed when the kill came before its ACK is kept, and never recorded (nor acknowledged)
            // again: at most one more such event per kill
            int kept = stored - acknowledged.size();
            assertTrue(kept == inFlightKept || kept == inFlightKept + 1,
                    stored + " stored, " + acknowledged.size() + " acknowledged, " + inFlightKept + " kept before");
            inFlightKept = kept;
        }

        assertTrue(killed >= 3, "the writer was killed only " + killed + " times");
        System.out.println("PostgresCrashTest: " + killed + " SIGKILLs, in-flight event kept " + inFlightKept + " times");
        assertEquals(EVENTS, stored);
        assertEquals(cleanSnapshot(stream), storedSnapshot(stream));
    }

    /** Checks the stored events and returns how many there are. */
    private int assertStoredIsAPrefixHoldingEveryAcknowledged(CrashStream stream, TreeSet<Integer> acknowledged) {
        try (JdbcLiveEventStore reader = JdbcLiveEventStore.postgresqlReadOnly(db, CrashStream.STRATEGY)) {
            List<LiveEvent> stored = reader.load();
            assertEquals(stream.events().subList(0, stored.size()), stored, "stored events are the stream's prefix");
            assertTrue(acknowledged.isEmpty() || acknowledged.last() < stored.size(),
                    "acknowledged up to " + acknowledged.last() + " but only " + stored.size() + " stored");
            assertEquals(stored.size(), reader.inputDigests().size(), "one input id per stored event");
            return stored.size();
        }
    }

    private String storedSnapshot(CrashStream stream) {
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(stream.settings(dir))
                .store(JdbcLiveEventStore.postgresqlReadOnly(db, CrashStream.STRATEGY)).clock(stream.clock())
                .alertSinks(List.of()).open()) {
            return SnapshotJson.toJson(tracker.snapshot());
        }
    }

    private String cleanSnapshot(CrashStream stream) {
        Path clean = dir.resolve("clean");
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(stream.settings(clean)).clock(stream.clock())
                .alertSinks(List.of()).open()) {
            for (int i = 0; i < stream.events().size(); i++) {
                stream.record(tracker, i);
            }
            return SnapshotJson.toJson(tracker.snapshot());
        }
    }

    private static BlockingQueue<String> pump(Process child) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed; what was read is all there is
            } finally {
                lines.add(EOF);
            }
        }, "postgres-crash-child-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}

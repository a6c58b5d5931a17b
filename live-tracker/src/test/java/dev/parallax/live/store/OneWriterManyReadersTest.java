package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.sim.api.Side;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process writes a live database; a second writer is refused by name, readers work alongside. */
class OneWriterManyReadersTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("s_live.db");
    }

    private static LiveEntry entry(String id) {
        return LiveEntry.of(id, "ETH/USD", Side.SELL, 2, 3_000, 0.5, T0.plusSeconds(id.length()));
    }

    @Test
    void aSecondWriterProcessIsToldTheDatabaseIsInUseAndByWhichProcess() throws Exception {
        JdbcLiveEventStore.sqlite(file()).close();
        Process child = new ProcessBuilder(JAVA, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                WriterHolder.class.getName(), file().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("READY", out.readLine());

            LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.sqlite(file()));
            assertTrue(e.getMessage().startsWith(file().toAbsolutePath() + " is in use by another process (pid "
                    + child.pid() + " on host "), e.getMessage());
            assertTrue(e.getMessage().contains("read-only command"), e.getMessage());

            try (JdbcLiveEventStore reader = JdbcLiveEventStore.sqliteReadOnly(file())) {
                assertEquals(List.of(), reader.load());
            }
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        // the lock went with the process
        JdbcLiveEventStore.sqlite(file()).close();
    }

    @Test
    void readersSeeWhatTheWriterCommittedWhileItKeepsWriting() {
        try (JdbcLiveEventStore writer = JdbcLiveEventStore.sqlite(file())) {
            writer.append(List.of(entry("T1")));
            try (JdbcLiveEventStore reader = JdbcLiveEventStore.sqliteReadOnly(file())) {
                assertEquals(List.<LiveEvent>of(entry("T1")), reader.load());
                writer.append(List.of(entry("T2")));
                assertEquals(List.<LiveEvent>of(entry("T1"), entry("T2")), reader.load());
                LiveStoreException e = assertThrows(LiveStoreException.class, () -> reader.append(List.of(entry("T3"))));
                assertTrue(e.getMessage().endsWith("is open read-only; nothing was written"), e.getMessage());
            }
            writer.append(List.of(entry("T3")));
        }
    }

    @Test
    void aReadOnlyTrackerShowsTheFiguresWhileAWritingTrackerIsOpenAndRefusesToRecord() {
        LiveTrackerSettings settings = LiveTrackerSettings.of("s", dir, 10_000);
        try (LiveExecutionTracker writer = LiveExecutionTracker.builder(settings).alertSinks(List.of()).open()) {
            writer.recordEntry(LiveEntry.of("T1", "BTC/USD", Side.BUY, 1, 100, 0, Instant.now()));
            try (LiveExecutionTracker reader = LiveExecutionTracker.builder(settings).readOnly().alertSinks(List.of())
                    .open()) {
                assertEquals(1, reader.openPositions().size());
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> reader.recordEntry(
                        LiveEntry.of("T2", "BTC/USD", Side.BUY, 1, 100, 0, Instant.now())));
                assertTrue(e.getMessage().contains("was opened read-only"), e.getMessage());
            }
            writer.recordEntry(LiveEntry.of("T2", "BTC/USD", Side.BUY, 1, 100, 0, Instant.now()));
        }
    }

    @Test
    void aSecondWriterInTheSameProcessIsRefusedToo() {
        try (JdbcLiveEventStore first = JdbcLiveEventStore.sqlite(file())) {
            LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.sqlite(file()));
            assertTrue(e.getMessage().contains("is in use by another live tracker in this process"), e.getMessage());
        }
    }
}

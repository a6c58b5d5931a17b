package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.EventOrigin;
import dev.parallax.live.LiveEventStore;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.RecordOutcome;
import dev.parallax.live.crash.CrashStream;
import dev.parallax.live.export.SnapshotJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seeded stream of fills and marks recorded through a tracker on SQLite and on PostgreSQL
 * gives the same figures, to the bit (the whole snapshot as JSON), live and after a replay.
 */
class PostgresAndSqliteFiguresTest {

    private static final CrashStream STREAM = CrashStream.generate(16, 300);

    @TempDir
    Path dir;

    private PostgresDatabase db;

    @BeforeEach
    void emptyDatabase() {
        db = PostgresTestServer.withoutStrategies(CrashStream.STRATEGY);
    }

    private LiveExecutionTracker open(LiveEventStore store) {
        return LiveExecutionTracker.builder(STREAM.settings(dir)).store(store).clock(STREAM.clock())
                .alertSinks(List.of()).open();
    }

    private static void recordAll(LiveExecutionTracker tracker) {
        for (int i = 0; i < STREAM.events().size(); i++) {
            tracker.record(STREAM.events().get(i), EventOrigin.of("line-" + i));
        }
    }

    @Test
    void theSameFillsGiveTheSameFiguresOnBothDatabases() {
        String sqlite;
        try (LiveExecutionTracker tracker = open(JdbcLiveEventStore.sqlite(dir.resolve("s_live.db")))) {
            recordAll(tracker);
            sqlite = SnapshotJson.toJson(tracker.snapshot());
            assertTrue(tracker.trades().size() > 50, "the stream closes many trades: " + tracker.trades().size());
        }
        try (LiveExecutionTracker tracker = open(JdbcLiveEventStore.postgresql(db, CrashStream.STRATEGY))) {
            recordAll(tracker);
            assertEquals(sqlite, SnapshotJson.toJson(tracker.snapshot()));
        }
        try (LiveExecutionTracker replayed = open(JdbcLiveEventStore.postgresqlReadOnly(db, CrashStream.STRATEGY))) {
            assertEquals(sqlite, SnapshotJson.toJson(replayed.snapshot()));
            assertEquals(STREAM.events().size(), replayed.eventCount());
        }
    }

    @Test
    void feedingTheStreamAgainIntoPostgresqlRecordsNothingTwice() {
        String first;
        try (LiveExecutionTracker tracker = open(JdbcLiveEventStore.postgresql(db, CrashStream.STRATEGY))) {
            recordAll(tracker);
            first = SnapshotJson.toJson(tracker.snapshot());
        }
        try (LiveExecutionTracker tracker = open(JdbcLiveEventStore.postgresql(db, CrashStream.STRATEGY))) {
            for (int i = 0; i < STREAM.events().size(); i++) {
                assertEquals(RecordOutcome.ALREADY_RECORDED,
                        tracker.record(STREAM.events().get(i), EventOrigin.of("line-" + i)), "event " + i);
            }
            assertEquals(first, SnapshotJson.toJson(tracker.snapshot()));
        }
    }
}

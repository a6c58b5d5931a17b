package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.exit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.LiveSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before the parity trades moved to the store (schema version 5, a snapshot of
 * format 3) opens on this build: migration 6 adds {@code parity_trades}, and the events, the
 * snapshot, input ids and positions are kept as they were.
 */
class SchemaSixUpgradeTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    @Test
    void aVersionFiveDatabaseOpensWithEverythingItHeld() throws SQLException {
        LiveTrackerSettings settings = Trackers.settings(dir);
        InputPosition position = new InputPosition("/fills.csv", "k", 120, 3);
        LiveSnapshot before;
        try (LiveExecutionTracker tracker = Trackers.open(settings, clock)) {
            tracker.recordEntry(buy("T1", 1, 100, 0.1, at("2024-03-04T10:00:00Z")));
            tracker.record(exit("T1", 1, 104, 0.1, at("2024-03-04T10:10:00Z")),
                    new EventOrigin("line-2", Optional.of(position)));
            tracker.recordEntry(buy("T2", 2, 100, 0.1, at("2024-03-04T10:20:00Z")));
            before = tracker.snapshot();
        }
        backToVersionFive(settings);

        WatchedStore[] watched = new WatchedStore[1];
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).alertSinks(List.of())
                .clock(clock).store(watched[0] = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile())))
                .open()) {
            assertEquals(before, tracker.snapshot());
            assertFalse(watched[0].reads.contains("load"), "the format 3 snapshot was used: " + watched[0].reads);
            assertEquals(Optional.of(position), tracker.inputPosition("/fills.csv"));
            assertEquals(RecordOutcome.ALREADY_RECORDED, tracker.record(exit("T1", 1, 104, 0.1,
                    at("2024-03-04T10:10:00Z")), new EventOrigin("line-2", Optional.of(position))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
                assertEquals(LiveSchema.LATEST_VERSION, rs.getInt(1));
                assertEquals(8, LiveSchema.LATEST_VERSION);
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM parity_trades")) {
                assertEquals(0, rs.getInt(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM live_events")) {
                assertEquals(3, rs.getInt(1));
            }
        }
    }

    /**
     * Undoes migrations 8, 7 and 6 and rewrites the stored snapshot as format 3 (without parity state
     * and with the entries of before fills, the two differ only in the format number and the
     * checksum), as the build before parity trades left it.
     */
    private static void backToVersionFive(LiveTrackerSettings settings) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement()) {
            BeforeFills.undoMigrationSeven(st);
            st.execute("DROP TABLE parity_trades");
            st.execute("DELETE FROM schema_version WHERE version = 6");
            byte[] five = BeforeExecutions.formatFive(StoredSnapshotRewrite.read(c), settings);
            byte[] three = BeforeFills.snapshotAs(five, StateSnapshots.FORMAT_WITH_WHOLE_PARITY);
            StoredSnapshotRewrite.write(c, three);
        }
    }
}

package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.exit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.store.LiveSchema;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before closed trades moved to the store (schema version 4, a snapshot of
 * format 1) opens on this build: migration 5 adds its indexes, the old snapshot is set aside for a
 * full replay, and every figure and id check is as before.
 */
class SchemaFiveUpgradeTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    @Test
    void aVersionFourDatabaseWithAnOldSnapshotOpensWithTheSameFiguresAndIdChecks() throws SQLException {
        LiveTrackerSettings settings = Trackers.settings(dir);
        LiveSnapshot before;
        try (LiveExecutionTracker tracker = Trackers.open(settings, clock)) {
            tracker.recordEntry(buy("T1", 1, 100, 0.1, at("2024-03-04T10:00:00Z")));
            tracker.recordExit(LiveFills.exitOfLong("T1", "T1-x", 1, 104, 0.1, at("2024-03-04T10:10:00Z")));
            tracker.recordEntry(buy("T2", 2, 100, 0.1, at("2024-03-04T10:20:00Z")));
            tracker.recordExit(exit("T2", 1, 99, 0.1, at("2024-03-04T10:30:00Z")));
            before = tracker.snapshot();
        }
        backToVersionFour(settings.databaseFile());

        try (LiveExecutionTracker tracker = Trackers.open(settings, clock)) {
            assertEquals(before, tracker.snapshot());
            assertEquals(4, tracker.eventCount());
            IllegalArgumentException reused = assertThrows(IllegalArgumentException.class,
                    () -> tracker.recordEntry(buy("T1-x", 1, 100, 0, at("2024-03-04T11:00:00Z"))));
            assertTrue(reused.getMessage().contains("already used by an exit"), reused.getMessage());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            assertEquals(LiveSchema.LATEST_VERSION, rs.getInt(1));
        }
    }

    /** Drops what migrations 5 to 8 made and marks the stored snapshot as format 1, as an older build left it. */
    private static void backToVersionFour(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            BeforeFills.undoMigrationSeven(st);
            for (String index : List.of("live_events_one_fill_per_exit_id", "live_events_risk")) {
                st.execute("DROP INDEX " + index);
            }
            st.execute("DROP TABLE parity_trades");
            st.execute("DELETE FROM schema_version WHERE version >= 5");
            StoredSnapshotRewrite.rewrite(c, state -> ByteBuffer.wrap(state).putInt(4, 1));
        }
    }
}

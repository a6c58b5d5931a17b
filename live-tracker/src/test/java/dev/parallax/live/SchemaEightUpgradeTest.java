package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.ledger.PositionMode;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.LiveSchema;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
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
 * A database written before executions (schema version 7, a format 5 snapshot with an open trade, no
 * saved position mode) reads as it was, read-only, and opens for writing from its snapshot: migration
 * 8 runs, the account is saved as per trade, and an execution closes the old trade.
 */
class SchemaEightUpgradeTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    @Test
    void aVersionSevenDatabaseReadsAsItWasAndTakesExecutionsAfterMigrationEight() throws SQLException {
        LiveTrackerSettings settings = Trackers.settings(dir);
        LiveSnapshot before;
        List<LiveEvent> recorded;
        try (LiveExecutionTracker tracker = Trackers.open(settings, clock)) {
            tracker.recordEntry(buy("T1", 1, 100, 0.1, at("2024-03-04T10:00:00Z")));
            tracker.recordExit(Trackers.exit("T1", 1, 104, 0.1, at("2024-03-04T10:10:00Z")));
            tracker.recordEntry(buy("T2", 2, 100, 0.1, at("2024-03-04T10:20:00Z")));
            before = tracker.snapshot();
        }
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile())) {
            recorded = store.load();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement()) {
            BeforeExecutions.undoMigrationEight(st);
            StoredSnapshotRewrite.write(c, BeforeExecutions.formatFive(StoredSnapshotRewrite.read(c), settings));
        }

        try (JdbcLiveEventStore old = JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile())) {
            assertEquals(recorded, old.load(), "read-only, version 7 without fill_seq");
            assertEquals(PositionMode.PER_TRADE, LiveTrackerBuilder.positionMode(old));
        }
        WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile()));
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).clock(clock).alertSinks(List.of())
                .store(watched).open()) {
            assertFalse(watched.reads.contains("load"), "the format 5 snapshot was used: " + watched.reads);
            assertEquals(before, tracker.snapshot());
            tracker.recordExecution(new LiveExecution(new Fill("S1", "BTC/USD", Side.SELL, 103, 2, 0.2,
                    FillType.TAKER, 0, 0, EpochNanos.of(at("2024-03-04T10:30:00Z")), false), 1));
            assertEquals(List.of(), tracker.openPositions());
            // 4 on T1, 3 a unit on T2 closed by the execution; fees 0.1 + 0.1 + 0.1 + 0.2
            assertEquals((104 - 100) + (103 - 100) * 2 - 0.5, tracker.account().realizedPnl(), 1e-9);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
                assertEquals(LiveSchema.LATEST_VERSION, rs.getInt(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT value FROM tracker_info WHERE name = 'position_mode'")) {
                assertEquals(Optional.of("PER_TRADE"), Optional.ofNullable(rs.next() ? rs.getString(1) : null));
            }
            try (ResultSet rs = st.executeQuery("SELECT trade_id, fill_seq FROM live_events WHERE kind = 'EXECUTION'")) {
                rs.next();
                assertEquals("S1", rs.getString(1));
                assertEquals(1, rs.getLong(2));
            }
        }
    }
}

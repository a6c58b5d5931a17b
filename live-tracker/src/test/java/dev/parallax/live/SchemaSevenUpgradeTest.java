package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.live.store.JdbcLiveEventStore;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before fills (schema version 6: slippage as a fraction, exits without symbol
 * and side, no fill type) reads as the same fills: read-only without migrating it, and after
 * migration 7, which converts its columns in place.
 */
class SchemaSevenUpgradeTest {

    /** Slippages whose fractions (2^-12 and -2^-13) are exact, so the old rows hold them without rounding. */
    private static final double SLIPPAGE_BPS = 2.44140625;
    private static final double EXIT_SLIPPAGE_BPS = -1.220703125;

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    @Test
    void aVersionSixDatabaseReadsAsTheSameFillsReadOnlyAndAfterMigrationSeven() throws SQLException {
        LiveTrackerSettings settings = Trackers.settings(dir);
        List<LiveEvent> recorded;
        try (LiveExecutionTracker tracker = Trackers.open(settings, clock)) {
            tracker.recordEntry(LiveFills.entry("S1", "ETH/USD", Side.SELL, 2, 50, 0.2, at("2024-03-04T10:00:00Z"),
                    SLIPPAGE_BPS, 7_000_000));
            tracker.recordExit(LiveFills.exit("S1", "S1-x", "ETH/USD", Side.BUY, 1, 49, 0.1,
                    at("2024-03-04T10:05:00Z"), EXIT_SLIPPAGE_BPS, 9_000_000));
            tracker.recordExit(Trackers.exit("S1", "ETH/USD", Side.BUY, 1, 48, 0.1, at("2024-03-04T10:06:00Z")));
            tracker.recordEntry(buy("T2", 1, 100, 0, at("2024-03-04T10:07:00Z")));
        }
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile())) {
            recorded = store.load();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement()) {
            BeforeFills.undoMigrationSeven(st);
            st.execute("DELETE FROM live_snapshots");
            try (ResultSet rs = st.executeQuery("SELECT slippage, symbol FROM live_events WHERE exit_id = 'S1-x'")) {
                assertEquals(-0x1p-13, rs.getDouble(1), 0, "the old column holds a fraction");
                assertNull(rs.getString(2));
            }
        }

        try (JdbcLiveEventStore old = JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile())) {
            assertEquals(recorded, old.load(), "read-only, version 6 converted in the select");
            assertEquals(recorded.subList(0, 3), old.tradeFills("S1", 4));
        }
        try (LiveExecutionTracker tracker = Trackers.open(settings, clock)) {
            assertEquals(4, tracker.eventCount());
        }
        try (JdbcLiveEventStore migrated = JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile())) {
            List<LiveEvent> events = migrated.load();
            assertEquals(recorded, events, "migrated in place");
            LiveExit compared = (LiveExit) events.get(1);
            assertEquals(EXIT_SLIPPAGE_BPS, compared.fill().slippageBps(), 0);
            assertEquals(Side.BUY, compared.fill().side());
            assertEquals("ETH/USD", compared.fill().symbol());
            assertEquals("S1-x", compared.exitId());
            LiveExit notCompared = (LiveExit) events.get(2);
            assertEquals("", notCompared.exitId());
            assertEquals("S1", notCompared.fill().orderId());
            assertEquals(FillType.TAKER, notCompared.fill().fillType());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT slippage, symbol, side, fill_type FROM live_events "
                     + "WHERE exit_id = 'S1-x'")) {
            assertEquals(EXIT_SLIPPAGE_BPS, rs.getDouble(1), 0);
            assertEquals("ETH/USD", rs.getString(2));
            assertEquals("BUY", rs.getString(3));
            assertNull(rs.getString(4), "a fill type the old build never had stays unreported");
        }
    }
}

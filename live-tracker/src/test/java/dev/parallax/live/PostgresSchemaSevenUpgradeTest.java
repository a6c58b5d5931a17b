package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import dev.parallax.live.store.PostgresTestServer;
import dev.parallax.sim.api.Side;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A strategy's PostgreSQL schema written before fills (version 6: slippage as a fraction, exits
 * without symbol and side, no fill type) and holding events goes through migration 7 on the real
 * server and reads back as the same fills, as {@link SchemaSevenUpgradeTest} shows for SQLite.
 */
class PostgresSchemaSevenUpgradeTest {

    private static final String STRATEGY = "pg-upgrade-seven";
    private static final String SCHEMA = "\"live_" + STRATEGY + "\"";
    /** Slippages whose fractions (2^-12 and -2^-13) are exact, so the old rows hold them without rounding. */
    private static final double SLIPPAGE_BPS = 2.44140625;
    private static final double EXIT_SLIPPAGE_BPS = -1.220703125;

    private final PostgresDatabase db = PostgresTestServer.withoutStrategies(STRATEGY);

    @AfterEach
    void dropSchema() {
        PostgresTestServer.dropStrategies(db, STRATEGY);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    @Test
    void aPopulatedVersionSixSchemaMigratesInPlaceToTheSameFills() throws SQLException {
        List<LiveEvent> events = List.of(
                LiveFills.entry("S1", "ETH/USD", Side.SELL, 2, 50, 0.2, at("2024-03-04T10:00:00Z"), SLIPPAGE_BPS,
                        7_000_000),
                LiveFills.exit("S1", "S1-x", "ETH/USD", Side.BUY, 1, 49, 0.1, at("2024-03-04T10:05:00Z"),
                        EXIT_SLIPPAGE_BPS, 9_000_000),
                Trackers.exit("S1", "ETH/USD", Side.BUY, 1, 48, 0.1, at("2024-03-04T10:06:00Z")),
                Trackers.buy("T2", 1, 100, 0, at("2024-03-04T10:07:00Z")));
        try (JdbcLiveEventStore store = JdbcLiveEventStore.postgresql(db, STRATEGY)) {
            store.append(events);
        }
        try (Connection c = PostgresTestServer.connect(db); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + SCHEMA);
            BeforeFills.undoMigrationSeven(st);
            try (ResultSet rs = st.executeQuery("SELECT slippage, symbol FROM live_events WHERE exit_id = 'S1-x'")) {
                rs.next();
                assertEquals(-0x1p-13, rs.getDouble(1), 0, "the old column holds a fraction");
                assertNull(rs.getString(2));
            }
        }

        try (JdbcLiveEventStore migrated = JdbcLiveEventStore.postgresql(db, STRATEGY)) {
            assertEquals(events, migrated.load(), "migrated in place");
        }
        try (Connection c = PostgresTestServer.connect(db); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + SCHEMA);
            try (ResultSet rs = st.executeQuery("SELECT slippage, symbol, side, fill_type FROM live_events "
                    + "WHERE exit_id = 'S1-x'")) {
                rs.next();
                assertEquals(EXIT_SLIPPAGE_BPS, rs.getDouble(1), 0);
                assertEquals("ETH/USD", rs.getString(2));
                assertEquals("BUY", rs.getString(3));
                assertNull(rs.getString(4), "a fill type the old build never had stays unreported");
            }
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
                rs.next();
                assertEquals(8, rs.getInt(1));
            }
        }
    }
}

package dev.parallax.live.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveStoreException;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import dev.parallax.live.store.PostgresTestServer;
import dev.parallax.sim.api.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot hook with {@code LIVE_TRACKER_DB_URL}: it records into PostgreSQL and holds the strategy's lock. */
class PostgresHookTest {

    private static final String STRATEGY = "hook-pg";

    @TempDir
    Path dir;

    @Test
    void theHookRecordsIntoTheStrategysSchemaAndLocksOutASecondWriter() {
        PostgresDatabase db = PostgresTestServer.withoutStrategies(STRATEGY);
        Map<String, String> env = Map.of("LIVE_TRACKER_ENABLED", "true", "INITIAL_BALANCE", "1000",
                "LIVE_TRACKER_DATA_DIR", dir.toString(), "LIVE_TRACKER_DB_URL", db.url(),
                "LIVE_TRACKER_DB_USER", db.user(), "LIVE_TRACKER_DB_PASSWORD", db.password());

        try (LiveTrackerHook hook = LiveTrackerHook.fromEnvironment(STRATEGY, env)) {
            assertTrue(hook.afterEntry("B-1", "ETH/USD", Side.BUY, 2, 3_000, 1.5));
            assertTrue(hook.afterExit("B-1", 2, 3_010, 1.5));

            LiveStoreException e = assertThrows(LiveStoreException.class,
                    () -> LiveTrackerHook.fromEnvironment(STRATEGY, env));
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
            // 2 x (3,010 - 3,000) = 20 less fees 3
            assertEquals(17, hook.tracker().orElseThrow().account().realizedPnl(), 1e-9);
        }
        try (JdbcLiveEventStore reader = JdbcLiveEventStore.postgresqlReadOnly(db, STRATEGY)) {
            assertEquals(2, reader.load().size());
        }
        assertFalse(Files.exists(dir.resolve(STRATEGY + "_live.db")), "nothing went into an SQLite file");
    }
}

package dev.parallax.live.store;

import static dev.parallax.live.store.StoredEvents.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.EventOrigin;
import dev.parallax.live.InputPosition;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.PriceMark;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only PostgreSQL does: schemas per strategy, what the writer lock tells, timestamptz, names
 * and logins; the rest is {@link PostgresStoreContractTest}.
 */
class PostgresStoreTest {

    private static final String A = "pg-store-a";
    private static final String B = "pg-store-b";

    private PostgresDatabase db;

    @BeforeEach
    void emptyDatabase() {
        db = PostgresTestServer.withoutStrategies(A, B);
    }

    @Test
    void theSchemaOfTheStrategyIsCreatedAtTheLatestVersionWithTimesAsTimestamptz() throws SQLException {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.postgresql(db, A)) {
            store.append(List.of(entry("T1"), new PriceMark("BTC/USD", 1, Instant.parse("1969-12-31T23:59:59.999999999Z"))));
        }
        try (Connection c = PostgresTestServer.connect(db); Statement st = c.createStatement()) {
            assertEquals("1,2,3,4,5,6,7,8", single(st, "SELECT string_agg(version::text, ',' ORDER BY version) "
                    + "FROM \"live_pg-store-a\".schema_version"));
            assertEquals("timestamp with time zone", single(st, "SELECT data_type FROM information_schema.columns "
                    + "WHERE table_schema = 'live_pg-store-a' AND table_name = 'live_events' AND column_name = 'event_time'"));
            st.execute("SET TIME ZONE 'UTC'");
            // 10:00:00.123456789 cut to the microsecond; the exact nanoseconds are kept beside it
            assertEquals("2024-03-04 10:00:00.123456+00 1709546400123456789", single(st,
                    "SELECT event_time::text || ' ' || event_time_nanos FROM \"live_pg-store-a\".live_events WHERE seq = 1"));
            // one nanosecond before the epoch is cut towards the past, to the microsecond before
            assertEquals("1969-12-31 23:59:59.999999+00 -1", single(st,
                    "SELECT event_time::text || ' ' || event_time_nanos FROM \"live_pg-store-a\".live_events WHERE seq = 2"));
        }
    }

    @Test
    void aSecondWriterOfTheStrategyIsRefusedNamingTheSessionThatHoldsIt() {
        try (JdbcLiveEventStore first = JdbcLiveEventStore.postgresql(db, A)) {
            LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.postgresql(db, A));

            assertTrue(e.getMessage().contains("(strategy pg-store-a, schema live_pg-store-a) is in use by another "
                    + "process (PostgreSQL backend pid "), e.getMessage());
            assertTrue(e.getMessage().contains("client 127.0.0.1:"), e.getMessage());
            assertTrue(e.getMessage().contains("application 'parallax live writer pg-store-a', connected since 20"),
                    e.getMessage());
        }
    }

    @Test
    void releasingTheWriterLockFreesItWhileTheSessionIsStillOpen() throws SQLException {
        try (Connection holder = PostgresTestServer.connect(db); Connection other = PostgresTestServer.connect(db)) {
            holder.setAutoCommit(false);
            AdvisoryLock.acquire(holder, "live_pg-store-a", "a");
            assertThrows(LiveStoreException.class, () -> AdvisoryLock.acquire(other, "live_pg-store-a", "b"));
            AdvisoryLock.release(holder);
            AdvisoryLock.acquire(other, "live_pg-store-a", "b");
        }
    }

    @Test
    void aWriterOpenedRightAfterAnotherClosedIsNotRefused() {
        // the server ends a closed session after the client has gone: without releasing the lock on
        // close, an immediate reopen (a restart) sometimes found it still held
        for (int i = 0; i < 200; i++) {
            try (JdbcLiveEventStore writer = JdbcLiveEventStore.postgresql(db, A)) {
                writer.putInfo("round", Integer.toString(i));
            }
        }
        try (JdbcLiveEventStore reader = JdbcLiveEventStore.postgresqlReadOnly(db, A)) {
            assertEquals(Optional.of("199"), reader.info("round"));
        }
    }

    @Test
    void aReaderOfAStrategyWithNothingRecordedIsRefusedAndCreatesNothing() throws SQLException {
        LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.postgresqlReadOnly(db, A));

        assertTrue(e.getMessage().contains("there is no live database for strategy 'pg-store-a'"), e.getMessage());
        try (Connection c = PostgresTestServer.connect(db); Statement st = c.createStatement()) {
            assertEquals("0", single(st, "SELECT count(*) FROM pg_namespace WHERE nspname = 'live_pg-store-a'"));
        }
    }

    @Test
    void twoStrategiesInOneDatabaseAreRecordedApartAndLockedApart() {
        InputPosition position = new InputPosition("/fills.csv", "", 40, 2);
        try (JdbcLiveEventStore a = JdbcLiveEventStore.postgresql(db, A);
             JdbcLiveEventStore b = JdbcLiveEventStore.postgresql(db, B)) {
            a.append(List.of(entry("T1")), new EventOrigin("T1", Optional.of(position)));
            b.append(List.of(entry("T1")));
            b.append(List.of(entry("T2")));
            a.putInfo("strategy", A);
            b.putInfo("strategy", B);

            assertEquals(List.of(entry("T1")), a.load());
            assertEquals(List.of(entry("T1"), entry("T2")), b.load());
            assertEquals(Optional.of(position), a.inputPosition("/fills.csv"));
            assertEquals(Optional.empty(), b.inputPosition("/fills.csv"));
            assertEquals(Optional.of(B), b.info("strategy"));
        }
    }

    @Test
    void aSchemaHoldingAnotherApplicationsTablesIsRefusedAndLeftUntouched() throws SQLException {
        try (Connection c = PostgresTestServer.connect(db); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA \"live_pg-store-a\"");
            st.execute("CREATE TABLE \"live_pg-store-a\".orders (id INTEGER)");
        }

        LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.postgresql(db, A));

        assertTrue(e.getMessage().contains("is not a live-tracker database"), e.getMessage());
        try (Connection c = PostgresTestServer.connect(db); Statement st = c.createStatement()) {
            assertEquals("orders", single(st, "SELECT string_agg(table_name, ',') FROM information_schema.tables "
                    + "WHERE table_schema = 'live_pg-store-a'"));
        }
    }

    @Test
    void aStrategyNameTooLongForAPostgresqlIdentifierIsRefused() {
        String name = "s".repeat(59);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JdbcLiveEventStore.postgresql(db, name));

        assertEquals("strategy must have at most 58 characters to be kept in PostgreSQL (schema live_<strategy>), "
                + "was 59", e.getMessage());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutShowingIt() {
        PostgresDatabase wrong = new PostgresDatabase(db.url(), db.user(), "Wr0ng-S3cret-Value");

        LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.postgresql(wrong, A));

        assertTrue(e.getMessage().contains("password authentication failed"), e.getMessage());
        assertFalse(e.getMessage().contains("Wr0ng-S3cret-Value"), e.getMessage());
        assertEquals(null, e.getCause());
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

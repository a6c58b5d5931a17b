package dev.parallax.live.store;

import static dev.parallax.live.store.StoredEvents.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;
import dev.parallax.live.EventDigest;
import dev.parallax.live.EventOrigin;
import dev.parallax.live.InputPosition;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.PriceMark;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcLiveEventStoreTest {


    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("s_live.db");
    }

    @Test
    void everyFieldOfEveryKindOfEventComesBackBitForBit() {
        List<LiveEvent> events = StoredEvents.everyKind();
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            store.append(events.subList(0, 1));
            store.append(events.subList(1, 4));
        }
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            assertEquals(events, store.load());
        }
    }

    @Test
    void eventsAtTheFirstAndLastInstantsAStoreKeepsComeBack() {
        // the first instant's epoch seconds times 10^9 alone overflow a long: the conversion borrows a second
        Instant first = Instant.parse("1677-09-21T00:12:43.145224192Z");
        Instant last = Instant.parse("2262-04-11T23:47:16.854775807Z");
        List<LiveEvent> events = List.of(new PriceMark("X", 1, first), new PriceMark("X", 2, last));
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            store.append(events);
        }
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            assertEquals(events, store.load());
        }
    }

    @Test
    void theFileIsInWalModeAtTheLatestSchemaVersion() throws SQLException {
        JdbcLiveEventStore.sqlite(file()).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
            assertEquals("wal", single(st, "PRAGMA journal_mode"));
            assertEquals("1,2,3,4,5,6,7,8", single(st, "SELECT group_concat(version) FROM schema_version"));
        }
    }

    @Test
    void aBatchThatFailsHalfWayWritesNothingAndTheStoreGoesOn() {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            store.append(List.of(entry("T1")));

            LiveStoreException e = assertThrows(LiveStoreException.class,
                    () -> store.append(List.of(entry("T2"), entry("T1"))));

            assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
            assertEquals(List.of(entry("T1")), store.load());
            store.append(List.of(entry("T2")));
            assertEquals(List.of(entry("T1"), entry("T2")), store.load());
        }
    }

    @Test
    void infoIsSavedAndReplaced() {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            assertTrue(store.info("initial_balance").isEmpty());
            store.putInfo("initial_balance", "1.0");
            store.putInfo("initial_balance", "2.0");
            assertEquals("2.0", store.info("initial_balance").orElseThrow());
        }
    }

    @Test
    void aFileThatIsNotAnSqliteDatabaseIsRefusedAndLeftUntouched() throws IOException {
        byte[] text = "trade_id,price\nT1,100\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file(), text);

        LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.sqlite(file()));

        assertTrue(e.getMessage().contains("is not an SQLite database"), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file()));
    }

    @Test
    void aDatabaseWithDamagedPagesIsRefusedAndLeftUntouched() throws IOException {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            List<LiveEvent> many = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                many.add(entry("T" + i));
            }
            store.append(many);
        }
        try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
            raw.seek(4096 + 100);        // inside page 2, past the file header on page 1
            raw.write(new byte[3000]);
            raw.seek(8192);
            raw.write("garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] damaged = Files.readAllBytes(file());

        LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.sqlite(file()));

        assertTrue(e.getMessage().contains("corrupt"), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file()));
    }

    @Test
    void aDatabaseFromANewerSchemaIsRefusedAndLeftUntouched() throws Exception {
        JdbcLiveEventStore.sqlite(file()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO schema_version (version, description, applied_at) VALUES (9, 'future', 'x')");
        }
        byte[] newer = Files.readAllBytes(file());

        LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.sqlite(file()));

        assertTrue(e.getMessage().contains("has schema version 9, newer than the version " + LiveSchema.LATEST_VERSION), e.getMessage());
        assertArrayEquals(newer, Files.readAllBytes(file()));
    }

    @Test
    void aDatabaseOfAnotherApplicationIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE orders (id INTEGER)");
        }

        LiveStoreException e = assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.sqlite(file()));

        assertTrue(e.getMessage().contains("is not a live-tracker database"), e.getMessage());
    }

    @Test
    void aSecondStoreOnTheSameFileIsLockedOutWhileTheFirstIsOpen() {
        try (JdbcLiveEventStore first = JdbcLiveEventStore.sqlite(file())) {
            first.append(List.of(entry("T1")));

            assertThrows(LiveStoreException.class, () -> JdbcLiveEventStore.sqlite(file()));

            first.append(List.of(entry("T2")));
            assertEquals(2, first.load().size());
        }
    }

    @Test
    void anEventWhoseInputIdIsTakenIsNotWrittenNorIsItsPosition() {
        InputPosition first = new InputPosition("/in.csv", "", 40, 2);
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            store.append(List.of(entry("T1")), new EventOrigin("T1", Optional.of(first)));
            assertThrows(LiveStoreException.class, () -> store.append(List.of(entry("T2")),
                    new EventOrigin("T1", Optional.of(new InputPosition("/in.csv", "", 80, 3)))));
            store.append(List.of(entry("T3")), EventOrigin.of("T3"));
        }
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            assertEquals(List.of(entry("T1"), entry("T3")), store.load());
            assertEquals(Map.of("T1", EventDigest.of(entry("T1")), "T3", EventDigest.of(entry("T3"))),
                    store.inputDigests());
            assertEquals(Optional.of(first), store.inputPosition("/in.csv"));
        }
    }

    @Test
    void aRolledBackGroupGivesItsOutboxSeqsBackSoTheNextAlertTakesThem() throws SQLException {
        Instant at = Instant.parse("2024-03-04T10:00:00Z");
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(file())) {
            store.append(List.of(entry("T1")), Optional.empty(), List.of(alert("a-1", at)));
            store.beginGroup();
            store.append(List.of(entry("T2")), Optional.empty(), List.of(alert("a-2", at), alert("a-3", at)));
            assertThrows(LiveStoreException.class, () -> store.append(List.of(entry("T1"))));
            store.append(List.of(entry("T4")), Optional.empty(), List.of(alert("a-4", at)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
            assertEquals("1:a-1,2:a-4", single(st, "SELECT group_concat(outbox_seq || ':' || alert_id) "
                    + "FROM (SELECT * FROM alert_outbox ORDER BY outbox_seq)"));
            assertEquals("2", single(st, "SELECT event_seq FROM alert_outbox WHERE alert_id = 'a-4'"));
        }
    }

    private static Alert alert(String id, Instant at) {
        return new Alert(id, AlertKind.BREAKER_RESET, "s", AlertSeverity.WARNING, "reset by alice", "alice", at);
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

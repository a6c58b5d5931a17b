package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.ledger.PositionMode;
import dev.parallax.live.store.JdbcLiveEventStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The position mode belongs to the account: saved when the store is created, checked on every open. */
class AccountPositionModeTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0.plusSeconds(60));

    private LiveTrackerSettings settings(PositionMode mode) {
        return Trackers.settings(dir).toBuilder().positionMode(mode).build();
    }

    private LiveExecutionTracker open(PositionMode mode) {
        return LiveExecutionTracker.builder(settings(mode)).clock(clock).alertSinks(List.of()).open();
    }

    private Optional<String> savedMode() {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(settings(PositionMode.NETTING).databaseFile())) {
            return store.info(LiveTrackerBuilder.POSITION_MODE);
        }
    }

    @Test
    void aNewAccountKeepsItsModeAndReopeningWithTheOtherOneFailsNamingBothAndTheStore() {
        try (LiveExecutionTracker tracker = open(PositionMode.NETTING)) {
            tracker.recordEntry(Trackers.buy("T1", 1, 100, 0, T0));
        }
        assertEquals(Optional.of("NETTING"), savedMode());

        LiveStoreException e = assertThrows(LiveStoreException.class, () -> open(PositionMode.PER_TRADE));
        assertEquals(settings(PositionMode.PER_TRADE).databaseFile() + " keeps a NETTING account, but the settings "
                + "say PER_TRADE; open it with position mode NETTING, or use another data folder for a PER_TRADE "
                + "account", e.getMessage());
        try (LiveExecutionTracker tracker = open(PositionMode.NETTING)) {
            assertEquals(1, tracker.eventCount());
        }
    }

    @Test
    void aStoreWrittenBeforeModesWereSavedIsPerTradeAndSavesThatWhenOpenedForWriting() throws SQLException {
        try (LiveExecutionTracker tracker = open(PositionMode.PER_TRADE)) {
            tracker.recordEntry(Trackers.buy("T1", 1, 100, 0, T0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings(PositionMode.PER_TRADE).databaseFile());
             Statement st = c.createStatement()) {
            st.execute("DELETE FROM tracker_info WHERE name = 'position_mode'");
        }
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(settings(PositionMode.NETTING).databaseFile())) {
            assertEquals(PositionMode.PER_TRADE, LiveTrackerBuilder.positionMode(store));
        }

        LiveStoreException e = assertThrows(LiveStoreException.class, () -> open(PositionMode.NETTING));
        assertEquals(true, e.getMessage().contains("keeps a PER_TRADE account, but the settings say NETTING"),
                e.getMessage());
        assertEquals(Optional.empty(), savedMode(), "a refused open saves nothing");
        try (LiveExecutionTracker tracker = open(PositionMode.PER_TRADE)) {
            assertEquals(1, tracker.eventCount());
        }
        assertEquals(Optional.of("PER_TRADE"), savedMode());
    }
}

package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.store.JdbcLiveEventStore;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot is used only when it checks out; otherwise the tracker replays every event, so what it
 * shows (a tripped breaker above all) is what the events say, never what a bad snapshot says.
 */
class SnapshotFallbackTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void openingFromASnapshotReadsOnlyTheEventsAfterItAndNoInputIds() {
        LiveTrackerSettings settings = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        try (LiveExecutionTracker tracker = open(settings, clock, 3)) {
            tracker.record(Trackers.buy("A", 1, 100, 0.1, T0), EventOrigin.of("line-1"));
            tracker.mark(Trackers.mark(101, T0));
            tracker.mark(Trackers.mark(102, T0));
            tracker.mark(Trackers.mark(103, T0));
        }
        WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile()));
        try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(settings).store(watched).clock(clock)
                .alertSinks(List.of()).open()) {
            assertEquals(List.of("loadAfter 3"), watched.reads);
            assertEquals(4, reopened.eventCount());
            // by hand: (103 - 100) * 1 - 0.1 fee = 2.9 above the 10,000 initial balance
            assertEquals(10_002.9, reopened.account().equity(), 1e-9);
            // the input id is looked up in the store when the line is fed again
            assertEquals(RecordOutcome.ALREADY_RECORDED,
                    reopened.record(Trackers.buy("A", 1, 100, 0.1, T0), EventOrigin.of("line-1")));
        }
    }

    @Test
    void aLargeSnapshotIsWrittenOnlyOncePerKilobyteOfItsSizeRecordedSinceTheLast() {
        LiveTrackerSettings settings = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile()));
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).store(watched).clock(clock)
                .alertSinks(List.of()).snapshotEvery(1).open()) {
            for (int i = 0; i < 60; i++) {
                tracker.recordEntry(Trackers.buy("trade-with-a-long-id-" + i, 1, 100, 0.1, T0));
            }
        }
        List<StateSnapshot> written = watched.written;
        assertTrue(written.get(written.size() - 1).size() > 3 * LiveTrackerBuilder.SNAPSHOT_BYTES_PER_EVENT,
                "the last snapshot should span several kilobytes: " + written.get(written.size() - 1));
        for (int i = 1; i < written.size(); i++) {
            long since = written.get(i).eventCount() - written.get(i - 1).eventCount();
            long before = written.get(i - 1).size();
            // written as soon as the events since the last snapshot, at 1 KB each, reach its size
            assertTrue(since * LiveTrackerBuilder.SNAPSHOT_BYTES_PER_EVENT >= before, "snapshot " + i + " too early");
            assertTrue(since == 1 || (since - 1) * LiveTrackerBuilder.SNAPSHOT_BYTES_PER_EVENT < before,
                    "snapshot " + i + " too late");
        }
        assertEquals(1, written.get(0).eventCount());
        assertTrue(written.size() < 40, "snapshots should be spaced out as they grow, were " + written.size());
    }

    @Test
    void aSnapshotThatCannotBeSavedOnCloseIsSkippedAndTheNextOpenReplaysTheEvents() {
        LiveTrackerSettings settings = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        WatchedStore failing = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile()));
        failing.failSavedSnapshots = true;
        LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).store(failing).clock(clock)
                .alertSinks(List.of()).open();
        tracker.recordEntry(Trackers.buy("A", 1, 100, 0.1, T0));
        tracker.close();
        assertThrows(IllegalStateException.class, () -> tracker.mark(Trackers.mark(101, T0)));
        WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile()));
        try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(settings).store(watched).clock(clock)
                .alertSinks(List.of()).open()) {
            assertEquals(List.of("load"), watched.reads);
            assertEquals(1, reopened.eventCount());
        }
    }

    @Test
    void aCorruptSnapshotIsIgnoredAndTheTrippedBreakerStillReadsTripped() throws SQLException {
        LiveTrackerSettings settings = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        recordATrip(settings, clock);
        byte[] state = storedSnapshot(settings);
        state[state.length / 2] ^= 0x10;
        replaceSnapshot(settings, state);

        WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile()));
        try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(settings).store(watched).clock(clock)
                .alertSinks(List.of()).open()) {
            assertTrue(watched.reads.contains("load"), "a full replay should have read every event: " + watched.reads);
            assertTrue(reopened.breaker().tripped());
            assertFalse(reopened.canEnter());
            assertThrows(EntryRefusedException.class,
                    () -> reopened.recordEntry(Trackers.buy("B", 1, 90, 0, T0.plusSeconds(30))));
        }
    }

    @Test
    void aSnapshotOfANewerFormatIsIgnored() throws SQLException {
        LiveTrackerSettings settings = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        recordATrip(settings, clock);
        byte[] state = storedSnapshot(settings);
        ByteBuffer.wrap(state).putInt(4, StateSnapshots.FORMAT + 1);
        replaceSnapshot(settings, state);

        WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile()));
        try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(settings).store(watched).clock(clock)
                .alertSinks(List.of()).open()) {
            assertTrue(watched.reads.contains("load"));
            assertTrue(reopened.breaker().tripped());
        }
    }

    @Test
    void aSnapshotTakenWithAnotherTradingDayZoneIsIgnoredAndTheDaysFollowTheNewZone() {
        LiveTrackerSettings utc = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        try (LiveExecutionTracker tracker = open(utc, clock, 1)) {
            tracker.recordEntry(Trackers.buy("A", 1, 100, 0, T0));
            clock.set(T0.plus(Duration.ofHours(13)));
            tracker.mark(Trackers.mark(101, T0.plus(Duration.ofHours(13))));
        }
        // 10:00 and 23:00 UTC are one UTC day, but two days in Tokyo (19:00 and 08:00 the next day)
        LiveTrackerSettings tokyo = utc.toBuilder().zone(ZoneId.of("Asia/Tokyo")).build();
        try (LiveExecutionTracker reopened = open(tokyo, clock, 1)) {
            assertEquals(2, reopened.dailySummaries().size());
        }
    }

    @Test
    void aSnapshotWhoseLastEventIsNotTheStoredOneIsIgnored() throws SQLException {
        LiveTrackerSettings first = Trackers.settings(temp.resolve("first"));
        LiveTrackerSettings second = Trackers.settings(temp.resolve("second"));
        TestClock clock = new TestClock(T0.plusSeconds(60));
        try (LiveExecutionTracker a = open(first, clock, 1); LiveExecutionTracker b = open(second, clock, 1)) {
            a.recordEntry(Trackers.buy("A", 1, 100, 0, T0));
            b.recordEntry(Trackers.buy("B", 2, 100, 0, T0));
        }
        replaceSnapshot(second, storedSnapshot(first));
        try (LiveExecutionTracker reopened = open(second, clock, 1)) {
            assertEquals(List.of("B"), reopened.trades().stream().map(TradeRecord::tradeId).toList());
        }
    }

    /** Enters at 100 and marks at 90: a 10% loss of the day's 10,000 trips the 5% daily loss limit. */
    private static void recordATrip(LiveTrackerSettings settings, TestClock clock) {
        try (LiveExecutionTracker tracker = open(settings, clock, 1)) {
            tracker.recordEntry(Trackers.buy("A", 100, 100, 0, T0));
            tracker.mark(Trackers.mark(90, T0.plusSeconds(10)));
            assertTrue(tracker.breaker().tripped());
        }
    }

    private static LiveExecutionTracker open(LiveTrackerSettings settings, TestClock clock, int snapshotEvery) {
        return LiveExecutionTracker.builder(settings).clock(clock).alertSinks(List.of()).snapshotEvery(snapshotEvery)
                .open();
    }

    private static byte[] storedSnapshot(LiveTrackerSettings settings) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT state FROM live_snapshots")) {
            assertTrue(rs.next(), "a snapshot should be stored");
            return rs.getBytes(1);
        }
    }

    private static void replaceSnapshot(LiveTrackerSettings settings, byte[] state) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             PreparedStatement update = c.prepareStatement("UPDATE live_snapshots SET state = ?")) {
            update.setBytes(1, state);
            assertEquals(1, update.executeUpdate());
        }
    }
}

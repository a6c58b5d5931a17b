package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.store.JdbcLiveEventStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events recorded in a commit group are durable and visible only once the group is committed; see GroupAlertsTest for alerts. */
class GroupCommitTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aGroupIsInvisibleToReadersUntilItsCommitAndDurableAfter() {
        LiveTrackerSettings settings = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        try (LiveExecutionTracker tracker = Trackers.open(settings, clock)) {
            tracker.beginGroup();
            assertTrue(tracker.inGroup());
            tracker.recordEntry(Trackers.buy("A", 1, 100, 0.1, T0));
            tracker.record(Trackers.buy("B", 1, 100, 0.1, T0), EventOrigin.of("line-2"));
            tracker.mark(Trackers.mark(101, T0));
            assertEquals(3, tracker.eventCount());
            assertEquals(0, readerEventCount(settings, clock));
            tracker.commitGroup();
            assertFalse(tracker.inGroup());
            assertEquals(3, readerEventCount(settings, clock));
        }
    }

    @Test
    void aFailedWriteRollsBackTheWholeGroupAndTheTrackerShowsNoneOfIt() {
        LiveTrackerSettings settings = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        WatchedStore store = WatchedStore.watching(JdbcLiveEventStore.sqlite(settings.databaseFile()));
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).store(store).clock(clock)
                .alertSinks(List.of()).open()) {
            tracker.recordEntry(Trackers.buy("before", 1, 100, 0, T0));
            tracker.beginGroup();
            tracker.recordEntry(Trackers.buy("A", 1, 100, 0, T0));
            tracker.recordEntry(Trackers.buy("B", 1, 100, 0, T0));
            // C is written once, then again, which the one-entry-per-trade index refuses: 3 rows roll back
            store.writeNextBatchTwice = true;
            LiveStoreException e = assertThrows(LiveStoreException.class,
                    () -> tracker.recordEntry(Trackers.buy("C", 1, 100, 0, T0)));
            assertTrue(e.getMessage().contains("the open commit group of 3 event(s) was rolled back"), e.getMessage());
            assertFalse(tracker.inGroup());
            assertEquals(List.of("before"), tracker.trades().stream().map(TradeRecord::tradeId).toList());
            tracker.recordEntry(Trackers.buy("A", 1, 100, 0, T0));
            assertEquals(2, readerEventCount(settings, clock));
        }
    }

    @Test
    void closingCommitsAnOpenGroup() {
        LiveTrackerSettings settings = Trackers.settings(temp);
        TestClock clock = new TestClock(T0.plusSeconds(60));
        LiveExecutionTracker tracker = Trackers.open(settings, clock);
        tracker.beginGroup();
        tracker.recordEntry(Trackers.buy("A", 1, 100, 0, T0));
        tracker.close();
        assertEquals(1, readerEventCount(settings, clock));
    }

    @Test
    void aSecondGroupCannotOpenInsideTheFirstAndACommitNeedsAGroup() {
        TestClock clock = new TestClock(T0.plusSeconds(60));
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(temp), clock)) {
            IllegalStateException none = assertThrows(IllegalStateException.class, tracker::commitGroup);
            assertEquals("no commit group is open on the live tracker of strategy btc-momentum", none.getMessage());
            tracker.beginGroup();
            assertThrows(IllegalStateException.class, tracker::beginGroup);
        }
    }

    @Test
    void aStoreThatCannotGroupRefusesAGroup() {
        TestClock clock = new TestClock(T0.plusSeconds(60));
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(temp))
                .store(new MemoryEventStore()).clock(clock).alertSinks(List.of()).open()) {
            assertThrows(UnsupportedOperationException.class, tracker::beginGroup);
            assertFalse(tracker.inGroup());
        }
    }

    private static long readerEventCount(LiveTrackerSettings settings, TestClock clock) {
        try (LiveExecutionTracker reader = LiveExecutionTracker.builder(settings).readOnly().clock(clock)
                .alertSinks(List.of()).open()) {
            return reader.eventCount();
        }
    }
}

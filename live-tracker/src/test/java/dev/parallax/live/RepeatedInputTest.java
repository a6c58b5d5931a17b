package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.exit;
import static dev.parallax.live.Trackers.mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording events from an input that is fed again: nothing twice, positions kept with the event. */
class RepeatedInputTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    private static EventOrigin line(String id, long line) {
        return new EventOrigin(id, Optional.of(new InputPosition("/data/fills.jsonl", "inode-7", line * 100, line)));
    }

    @Test
    void anExitWithoutExitIdFedTwiceIsRecordedOnceAndRealisedPnlStaysTheSame() {
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock)) {
            assertEquals(RecordOutcome.RECORDED, tracker.record(buy("A-1", 1, 100, 0, at("2024-03-04T10:00:00Z")),
                    line("A-1", 1)));
            LiveExit half = exit("A-1", 0.5, 108, 0, at("2024-03-04T10:05:00Z"));
            assertEquals(RecordOutcome.RECORDED, tracker.record(half, line("exit@2:1f", 2)));
            // By hand: (108 - 100) * 0.5 = 4.
            assertEquals(4.0, tracker.account().realizedPnl());
            assertEquals(RecordOutcome.ALREADY_RECORDED, tracker.record(half, line("exit@2:1f", 2)));
            assertEquals(4.0, tracker.account().realizedPnl());
            assertEquals(2, tracker.eventCount());
        }
    }

    @Test
    void inputIdsAndPositionsSurviveARestart() {
        LiveEntry entry = buy("A-1", 1, 100, 0, at("2024-03-04T10:00:00Z"));
        PriceMark price = mark(101, at("2024-03-04T10:01:00Z"));
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock)) {
            tracker.record(entry, line("A-1", 1));
            tracker.record(price, line("mark@2:aa", 2));
        }
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock)) {
            assertEquals(RecordOutcome.ALREADY_RECORDED, tracker.record(entry, line("A-1", 1)));
            assertEquals(RecordOutcome.ALREADY_RECORDED, tracker.record(price, line("mark@2:aa", 2)));
            assertEquals(2, tracker.eventCount());
            assertEquals(Optional.of(new InputPosition("/data/fills.jsonl", "inode-7", 200, 2)),
                    tracker.inputPosition("/data/fills.jsonl"));
            assertEquals(Optional.empty(), tracker.inputPosition("/data/other.jsonl"));
        }
    }

    @Test
    void anInputIdReusedForAnotherEventIsRefusedAndNothingIsRecorded() {
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock)) {
            tracker.record(buy("A-1", 1, 100, 0, at("2024-03-04T10:00:00Z")), line("A-1", 1));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tracker.record(
                    buy("A-1", 2, 100, 0, at("2024-03-04T10:00:00Z")), line("A-1", 5)));
            assertTrue(e.getMessage().startsWith("inputId 'A-1' is already recorded for a different event"),
                    e.getMessage());
            assertEquals(1, tracker.eventCount());
            assertEquals(1, tracker.inputPosition("/data/fills.jsonl").orElseThrow().line());
        }
    }

    @Test
    void aNewEntryFedWithAnInputIdLooksItsTradeIdUpInTheStoreOnce() {
        WatchedStore store = WatchedStore.withOutbox(
                dev.parallax.live.store.JdbcLiveEventStore.sqlite(Trackers.settings(dir).databaseFile()));
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).store(store)
                .clock(clock).alertSinks(List.of()).open()) {
            tracker.record(buy("A-1", 1, 100, 0, at("2024-03-04T10:00:00Z")), line("A-1", 1));
            tracker.record(buy("A-2", 1, 100, 0, at("2024-03-04T10:01:00Z")), line("A-2", 2));
        }
        // asked once each for "was it entered before input ids were kept" and "is the id taken"
        assertEquals(List.of("fillNamed A-1", "fillNamed A-2"),
                store.reads.stream().filter(r -> r.startsWith("fillNamed")).toList());
    }

    @Test
    void anEntryRecordedBeforeInputIdsWereKeptIsRecognised() {
        LiveEntry entry = buy("A-1", 1, 100, 0, at("2024-03-04T10:00:00Z"));
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock)) {
            tracker.recordEntry(entry);
            assertEquals(RecordOutcome.ALREADY_RECORDED, tracker.record(entry, line("A-1", 1)));
            assertEquals(1, tracker.eventCount());
        }
    }

    @Test
    void aRefusedEventDoesNotMoveTheInputPosition() {
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock)) {
            tracker.record(buy("A-1", 1, 100, 0, at("2024-03-04T10:00:00Z")), line("A-1", 1));
            assertThrows(IllegalArgumentException.class, () -> tracker.record(
                    exit("A-9", 1, 100, 0, at("2024-03-04T10:01:00Z")), line("exit@2:bb", 2)));
            assertEquals(1, tracker.inputPosition("/data/fills.jsonl").orElseThrow().line());
            // the id of the refused line was not kept: once it can be recorded, it is
            tracker.record(buy("A-9", 1, 100, 0, at("2024-03-04T10:01:00Z")), line("A-9", 3));
            assertEquals(RecordOutcome.RECORDED, tracker.record(exit("A-9", 1, 100, 0, at("2024-03-04T10:01:00Z")),
                    line("exit@2:bb", 4)));
        }
    }

    @Test
    void aStoreWithoutInputIdsRefusesAndKeepsNothing() {
        LiveEventStore plain = MemoryEventStore.withoutInputIds();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).store(plain)
                .clock(clock).alertSinks(List.of()).open()) {
            LiveStoreException e = assertThrows(LiveStoreException.class, () -> tracker.record(
                    buy("A-1", 1, 100, 0, at("2024-03-04T10:00:00Z")), line("A-1", 1)));
            assertTrue(e.getMessage().contains("does not keep input ids"), e.getMessage());
            assertEquals(0, tracker.eventCount());
        }
    }

    @Test
    void anEntryRefusedByTheBreakerIsKeptAsRefusedSoFeedingTheInputAgainSkipsIt() {
        LiveEntry refusedEntry = buy("A-2", 1, 100, 0, at("2024-03-04T10:02:00Z"));
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock)) {
            tracker.record(buy("A-1", 10, 100, 0, at("2024-03-04T10:00:00Z")), line("A-1", 1));
            // 10 bought at 100 and marked at 40: a loss of 600, 6% of 10,000, beyond the 5% limit
            tracker.record(mark(40, at("2024-03-04T10:01:00Z")), line("mark@2:cc", 2));
            assertTrue(tracker.breaker().tripped());
            assertThrows(EntryRefusedException.class, () -> tracker.record(refusedEntry, line("A-2", 3)));
            assertEquals(3, tracker.inputPosition("/data/fills.jsonl").orElseThrow().line());
            tracker.record(mark(41, at("2024-03-04T10:30:00Z")), line("mark@4:dd", 4));
        }
        clock.set(Instant.parse("2024-03-05T12:00:00Z"));
        try (LiveExecutionTracker tracker = Trackers.open(Trackers.settings(dir), clock)) {
            // the next day the breaker would let it in, and its time is hours behind: neither matters
            assertEquals(RecordOutcome.REFUSED_BEFORE, tracker.record(refusedEntry, line("A-2", 3)));
            assertEquals(3, tracker.eventCount() - tracker.riskEvents().size());
            assertEquals(Optional.empty(), tracker.trade("A-2"));
        }
    }
}

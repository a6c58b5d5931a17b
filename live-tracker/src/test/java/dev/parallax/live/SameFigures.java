package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.live.store.JdbcLiveEventStore;
import java.time.Clock;
import java.util.List;

/** Compares two trackers figure by figure, doubles by their bits. */
final class SameFigures {

    private SameFigures() {
    }

    /**
     * Opens a read-only tracker of {@code settings} on its file as it stands (from the newest
     * snapshot and the events after it; the writer stays open) and a second one without snapshots,
     * and checks both show what {@code writer} shows; true when a snapshot was there to use.
     */
    static boolean readersAgree(LiveTrackerSettings settings, Clock clock, LiveExecutionTracker writer, String where) {
        WatchedStore watched = WatchedStore.watching(JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile()));
        try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(settings).store(watched).clock(clock)
                .alertSinks(List.of()).open();
             LiveExecutionTracker replayed = LiveExecutionTracker.builder(settings).clock(clock)
                     .alertSinks(List.of()).store(WatchedStore.withoutSnapshots(
                             JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile()))).open()) {
            assertSame(replayed, reopened, where);
            assertSame(writer, reopened, where + " (the writer)");
            return !watched.reads.contains("load");
        }
    }

    /** Every figure a tracker shows: events, account, positions, trades, days, breaker, risk, performance. */
    static void assertSame(LiveExecutionTracker expected, LiveExecutionTracker actual, String where) {
        assertEquals(expected.eventCount(), actual.eventCount(), where + ": event count");
        assertEquals(expected.account(), actual.account(), where + ": account");
        assertEquals(expected.openPositions(), actual.openPositions(), where + ": open positions");
        assertEquals(expected.trades(), actual.trades(), where + ": trades");
        assertEquals(expected.dailySummaries(), actual.dailySummaries(), where + ": daily summaries");
        assertEquals(expected.breaker(), actual.breaker(), where + ": breaker");
        assertEquals(expected.entryRefusal(), actual.entryRefusal(), where + ": entry refusal");
        assertEquals(expected.riskEvents(), actual.riskEvents(), where + ": risk events");
        assertEquals(expected.performance(), actual.performance(), where + ": performance");
        assertArrayEquals(expected.dailyEquity(), actual.dailyEquity(), where + ": daily equity");
    }
}

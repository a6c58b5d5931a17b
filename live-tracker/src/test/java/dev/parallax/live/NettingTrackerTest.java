package dev.parallax.live;

import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.exit;
import static dev.parallax.live.Trackers.sell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.ledger.PositionMode;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live tracker whose position mode is NETTING counts its account against the average cost of the
 * symbol's net position and its closed trades as round trips, while the trade list stays per trade.
 */
class NettingTrackerTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0.plusSeconds(60));

    private LiveExecutionTracker open(PositionMode mode) {
        return Trackers.open(Trackers.settings(dir).toBuilder().positionMode(mode).build(), clock);
    }

    /** Buys 2 at 100 and 2 at 110 (fee 1 each), then exits the first at 120 (fee 1). */
    private static void buyTwiceAndExitTheFirst(LiveExecutionTracker tracker) {
        tracker.recordEntry(buy("a", 2, 100, 1, T0));
        tracker.recordEntry(buy("b", 2, 110, 1, T0.plusSeconds(1)));
        tracker.recordExit(exit("a", 2, 120, 1, T0.plusSeconds(2)));
    }

    @Test
    void theAccountRealizesAgainstTheAverageCostWhileTheTradeListKeepsEachEntryPrice() {
        try (LiveExecutionTracker tracker = open(PositionMode.NETTING)) {
            buyTwiceAndExitTheFirst(tracker);

            // netting: 2 closed at 120 against the average 105; 2 open at 105, marked 120
            AccountFigures account = tracker.account();
            assertEquals((120 - 105) * 2 - 3.0, account.realizedPnl(), 1e-9);
            assertEquals((120 - 105) * 2, account.unrealizedPnl(), 1e-9);
            assertEquals(10_000 + 27 + 30, account.equity(), 1e-9);
            // the trade list: a closed against its own 100
            TradeRecord a = tracker.trades().get(0);
            assertEquals((120 - 100) * 2 - 2.0, a.realizedPnl(), 1e-9);
            assertEquals(0, tracker.performance().trades().count(), "no round trip is closed yet");
        }
    }

    @Test
    void perTradeGivesTheSameEquityButItsOwnRealizedPnl() {
        try (LiveExecutionTracker tracker = open(PositionMode.PER_TRADE)) {
            buyTwiceAndExitTheFirst(tracker);

            AccountFigures account = tracker.account();
            assertEquals((120 - 100) * 2 - 3.0, account.realizedPnl(), 1e-9);
            assertEquals((120 - 110) * 2, account.unrealizedPnl(), 1e-9);
            assertEquals(10_000 + 37 + 20, account.equity(), 1e-9);
            assertEquals(1, tracker.performance().trades().count());
        }
    }

    @Test
    void aRoundTripClosesWhenTheNetPositionIsFlatAndSurvivesAReopen() {
        try (LiveExecutionTracker tracker = open(PositionMode.NETTING)) {
            buyTwiceAndExitTheFirst(tracker);
        }
        try (LiveExecutionTracker tracker = open(PositionMode.NETTING)) {
            assertEquals(27, tracker.account().realizedPnl(), 1e-9);
            tracker.recordExit(exit("b", 2, 100, 1, T0.plusSeconds(3)));

            // 30 then (100 - 105) * 2, fees 4: one round trip of 16
            assertEquals(30 - 10 - 4.0, tracker.account().realizedPnl(), 1e-9);
            assertEquals(1, tracker.performance().trades().count());
            assertEquals(16, tracker.performance().trades().netProfit(), 1e-9);
            assertEquals(List.of(), tracker.openPositions());
        }
        // the mode belongs to the account: reopening it per trade would replay it under other books
        LiveStoreException e = assertThrows(LiveStoreException.class, () -> open(PositionMode.PER_TRADE));
        assertTrue(e.getMessage().contains("keeps a NETTING account, but the settings say PER_TRADE"), e.getMessage());
    }

    @Test
    void anEntryAgainstTheNetPositionRealizesInNetting() {
        try (LiveExecutionTracker tracker = open(PositionMode.NETTING)) {
            tracker.recordEntry(buy("a", 2, 100, 0, T0));
            tracker.recordEntry(sell("s", 1, 110, 0, T0.plusSeconds(1)));

            assertEquals(10, tracker.account().realizedPnl(), 1e-9);
            assertEquals(10, tracker.account().unrealizedPnl(), 1e-9);
            assertEquals(2, tracker.openPositions().size());
            assertFalse(tracker.trades().get(1).closed());
        }
    }

    @Test
    void aNettingSnapshotGivesBackTheAccountBooksAndAPerTradeTrackerRefusesIt() {
        LiveTrackerSettings netting = Trackers.settings(dir).toBuilder().positionMode(PositionMode.NETTING).build();
        TrackerState state = new TrackerState(netting, netting.initialBalance());
        state.apply(buy("a", 2, 100.3, 0.1, T0));
        state.apply(buy("b", 1, 110.7, 1.0 / 3, T0.plusSeconds(1)));
        state.apply(exit("a", 1.5, 120.1, 0.07, T0.plusSeconds(2)));
        StateSnapshot snapshot = StateSnapshots.encode(state, netting, 1L);

        TrackerState restored = StateSnapshots.decode(snapshot, netting).state();
        assertEquals(StateSnapshots.NETTING_MAGIC, ByteBuffer.wrap(snapshot.state()).getInt(0));
        assertEquals(state.account(), restored.account());
        for (TrackerState books : List.of(state, restored)) {
            books.apply(exit("b", 1, 99.9, 0.2, T0.plusSeconds(3)));
            books.apply(exit("a", 0.5, 101.1, 0.01, T0.plusSeconds(4)));
        }
        assertEquals(state.account(), restored.account());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StateSnapshots.decode(snapshot, Trackers.settings(dir)));
        assertEquals("the snapshot holds netting account books, but the settings say PER_TRADE", e.getMessage());
    }
}

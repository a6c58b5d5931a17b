package dev.parallax.live;

import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts and parity disables of a commit group: delivered and saved only once the group commits,
 * never for a group that was rolled back.
 */
@Timeout(60)
class GroupAlertsTest {

    private static final Instant NINE = Instant.parse("2024-03-04T09:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    /** A registry without sinks whose tracker holds the backtest side of trade P1. */
    private ParityTrackerRegistry registryWithTheBacktestOfP1() {
        ParityTrackerRegistry registry = ParityTrackerRegistry.withSinks(ParitySettings.builder()
                .dataFolder(dir.resolve("parity")).alertLogFolder(dir.resolve("logs")).build(), clock, List.of());
        registry.tracker(Trackers.STRATEGY).recordBacktest(BacktestFills.of("P1", "BTC/USD", Side.BUY, 1, 100,
                NINE, 0));
        return registry;
    }

    /** The live side of P1, 1.5 s from order to fill: above the 1 s mean-latency limit, so parity disables. */
    private static LiveEntry slowFillOfP1() {
        return LiveFills.entry("P1", "BTC/USD", Side.BUY, 1, 100, 0, NINE, 0, 1_500_000_000L);
    }

    private LiveExecutionTracker open(WatchedStore store, ParityTrackerRegistry registry, CollectingSink sink) {
        return LiveExecutionTracker.builder(Trackers.settings(dir)).store(store).clock(clock).parity(registry)
                .alertSinks(List.of(sink)).alertDelivery(Trackers.FAST_ALERTS).open();
    }

    private WatchedStore sqlite() {
        return WatchedStore.withOutbox(JdbcLiveEventStore.sqlite(Trackers.settings(dir).databaseFile()));
    }

    @Test
    void anAlertWrittenInAnOpenGroupIsDeliveredOnlyAfterTheCommit() throws Exception {
        // the first delivery fails, so the sender reads the outbox again while the group is open
        CollectingSink sink = new CollectingSink(1);
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .alertSinks(List.of(sink)).alertDelivery(Trackers.FAST_ALERTS).open()) {
            tracker.recordEntry(buy("T1", 10, 100, 0, NINE));
            tracker.mark(mark(49, NINE.plusSeconds(60)));
            tracker.beginGroup();
            tracker.resetCircuitBreaker("alice", "checked the feed");

            assertEquals(List.of(AlertKind.DAILY_LOSS_BREAKER_TRIPPED), kinds(sink.await(1, 10)));
            Thread.sleep(300); // several retry passes of the sender, none of which may see the reset
            assertEquals(List.of(AlertKind.DAILY_LOSS_BREAKER_TRIPPED), kinds(sink.received()));

            tracker.commitGroup();
            assertEquals(List.of(AlertKind.DAILY_LOSS_BREAKER_TRIPPED, AlertKind.BREAKER_RESET), kinds(sink.await(2, 10)));
        }
    }

    @Test
    void aRolledBackGroupDeliversNoneOfItsAlertsAndLeavesNoParityDisable() throws Exception {
        ParityTrackerRegistry registry = registryWithTheBacktestOfP1();
        CollectingSink sink = new CollectingSink();
        WatchedStore store = sqlite();
        try (LiveExecutionTracker tracker = open(store, registry, sink)) {
            tracker.beginGroup();
            tracker.recordEntry(slowFillOfP1());
            assertFalse(registry.tracker(Trackers.STRATEGY).isDisabled(), "parity sees the fill after the commit");
            tracker.recordEntry(buy("T1", 10, 100, 0, NINE));
            tracker.mark(mark(49, NINE.plusSeconds(60))); // trips the breaker: its alert is written in the group
            assertTrue(tracker.breaker().tripped());

            store.failAfterNextBatch = buy("T1", 10, 100, 0, NINE);
            assertThrows(LiveStoreException.class, () -> tracker.mark(mark(50, NINE.plusSeconds(120))));

            assertFalse(tracker.inGroup());
            assertEquals(0, tracker.eventCount());
            assertFalse(tracker.breaker().tripped());
            assertFalse(registry.tracker(Trackers.STRATEGY).isDisabled(), "no disable for a fill not recorded");
        }
        assertEquals(List.of(), sink.received(), "closing drained the sender: nothing of the group was sent");
        try (JdbcLiveEventStore reader = JdbcLiveEventStore.sqliteReadOnly(Trackers.settings(dir).databaseFile())) {
            assertEquals(List.of(), reader.undeliveredAlerts(10));
            assertEquals(List.of(), reader.load());
        }
    }

    @Test
    void aCommittedGroupSavesTheParityDisableAfterItsCommitAndDeliversItsAlert() throws Exception {
        ParityTrackerRegistry registry = registryWithTheBacktestOfP1();
        CollectingSink sink = new CollectingSink();
        try (LiveExecutionTracker tracker = open(sqlite(), registry, sink)) {
            tracker.beginGroup();
            tracker.recordEntry(slowFillOfP1());
            assertFalse(registry.tracker(Trackers.STRATEGY).isDisabled());

            tracker.commitGroup();

            assertTrue(registry.tracker(Trackers.STRATEGY).isDisabled());
            assertEquals(List.of(AlertKind.DISABLED), kinds(sink.await(1, 10)));
        }
    }

    private static List<AlertKind> kinds(List<Alert> alerts) {
        return alerts.stream().map(Alert::kind).toList();
    }
}

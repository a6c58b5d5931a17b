package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSink;
import dev.parallax.alert.AlertSource;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class AlertOutboxTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));

    private LiveExecutionTracker open(AlertSink... sinks) {
        return LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock).alertSinks(List.of(sinks))
                .alertDelivery(Trackers.FAST_ALERTS).open();
    }

    /** Buys 10 at 100 and marks at 49: a 510 loss on a 10,000 day trips the 5% breaker. */
    private static void tripTheBreaker(LiveExecutionTracker tracker) {
        tracker.recordEntry(buy("T1", 10, 100, 0, at("2024-03-04T09:00:00Z")));
        tracker.mark(mark(49, at("2024-03-04T10:00:00Z")));
    }

    /** A registry without sinks whose tracker holds the backtest side of trade P1. */
    private ParityTrackerRegistry registryWithTheBacktestOfP1() {
        ParityTrackerRegistry registry = ParityTrackerRegistry.withSinks(ParitySettings.builder()
                .dataFolder(dir.resolve("parity")).alertLogFolder(dir.resolve("logs")).build(), clock, List.of());
        registry.tracker(Trackers.STRATEGY).recordBacktest(BacktestFills.of("P1", "BTC/USD", Side.BUY, 1, 100,
                at("2024-03-04T09:00:00Z"), 0));
        return registry;
    }

    /** The live side of P1, 1.5 s from order to fill: above the 1 s mean-latency limit, so parity disables. */
    private static LiveEntry slowFillOfP1() {
        return LiveFills.entry("P1", "BTC/USD", Side.BUY, 1, 100, 0, at("2024-03-04T09:00:00Z"), 0, 1_500_000_000L);
    }

    /** Trips the breaker with a sink that hangs, and closes: the trip alert stays in the outbox. */
    private BlockingSink tripWhileTheSinkHangsAndClose() throws InterruptedException {
        BlockingSink stuck = new BlockingSink();
        try (LiveExecutionTracker tracker = open(stuck)) {
            tripTheBreaker(tracker);
            assertTrue(stuck.entered.await(10, TimeUnit.SECONDS));
        }
        return stuck;
    }

    private List<Alert> undelivered() {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(Trackers.settings(dir).databaseFile())) {
            return store.undeliveredAlerts(100);
        }
    }

    @Test
    void recordingReturnsWhileTheSinkIsStillBlocked() throws Exception {
        BlockingSink sink = new BlockingSink();
        try (LiveExecutionTracker tracker = open(sink)) {
            tripTheBreaker(tracker);
            assertTrue(sink.entered.await(10, TimeUnit.SECONDS), "the sender took the trip alert");

            // the sink hangs in send; every record below must still return
            for (int i = 0; i < 50; i++) {
                tracker.mark(mark(49 + i * 0.001, at("2024-03-04T10:01:00Z").plusSeconds(i)));
            }
            tracker.resetCircuitBreaker("alice", "reviewed");

            assertEquals(54, tracker.eventCount(), "entry, mark, trip, 50 more marks and the reset are recorded");
            assertEquals(2, undelivered().size(), "the trip and the reset wait in the outbox");
            sink.release();
        }
    }

    @Test
    void aFailingSinkIsRetriedUntilItTakesTheAlertWhichIsThenMarkedDelivered() throws Exception {
        CollectingSink sink = new CollectingSink(3);
        try (LiveExecutionTracker tracker = open(sink)) {
            tripTheBreaker(tracker);

            List<Alert> received = sink.await(1, 10);

            assertEquals(1, received.size());
            assertEquals(AlertKind.DAILY_LOSS_BREAKER_TRIPPED, received.get(0).kind());
            assertEquals(AlertSource.RISK, received.get(0).source());
            assertEquals(4, sink.calls(), "three failures, then the delivery");
            waitUntil(() -> undelivered().isEmpty());
        }
    }

    @Test
    void anAlertThatKeepsFailingDoesNotHoldBackTheAlertsBehindIt() throws Exception {
        List<Alert> taken = new java.util.concurrent.CopyOnWriteArrayList<>();
        AlertSink rejectsTrips = new AlertSink() {
            @Override
            public String name() {
                return "rejects-trips";
            }

            @Override
            public void send(Alert alert) {
                if (alert.kind() == AlertKind.DAILY_LOSS_BREAKER_TRIPPED) {
                    throw new IllegalStateException("400 Bad Request");
                }
                taken.add(alert);
            }
        };
        try (LiveExecutionTracker tracker = open(rejectsTrips)) {
            tripTheBreaker(tracker);
            tracker.resetCircuitBreaker("alice", "reviewed");

            waitUntil(() -> taken.size() == 1);
            assertEquals(AlertKind.BREAKER_RESET, taken.get(0).kind());
            // the sender marks the reset delivered just after the sink took it: wait for that commit
            waitUntil(() -> undelivered().size() == 1);
            assertEquals(List.of(AlertKind.DAILY_LOSS_BREAKER_TRIPPED),
                    undelivered().stream().map(Alert::kind).toList(), "the trip is still waiting, to be retried");
        }
    }

    @Test
    void closingDeliversWhatIsWaitingWithinTheDrain() {
        CollectingSink sink = new CollectingSink();
        LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .alertSinks(List.of(sink)).alertDelivery(new AlertDelivery(Duration.ofMillis(20),
                        Duration.ofMillis(80), Duration.ofSeconds(10))).open();
        tripTheBreaker(tracker);
        tracker.resetCircuitBreaker("alice", "reviewed");

        tracker.close();

        assertEquals(List.of(AlertKind.DAILY_LOSS_BREAKER_TRIPPED, AlertKind.BREAKER_RESET),
                sink.received().stream().map(Alert::kind).toList());
        assertFalse(tracker.alertSenderRunning());
        assertEquals(List.of(), undelivered());
    }

    @Test
    void onlyTheSinkThatFailedIsTriedAgain() throws Exception {
        CollectingSink healthy = new CollectingSink();
        CollectingSink flaky = new CollectingSink(2);
        try (LiveExecutionTracker tracker = open(healthy, flaky)) {
            tripTheBreaker(tracker);
            assertEquals(1, flaky.await(1, 10).size());
        }
        assertEquals(1, healthy.calls(), "the healthy sink heard the alert once");
    }

    @Test
    void whatAClosedTrackerCouldNotDeliverIsDeliveredOnceOnTheNextOpenWithTheSameId() throws Exception {
        BlockingSink stuck = tripWhileTheSinkHangsAndClose();
        List<Alert> waiting = undelivered();
        assertEquals(1, waiting.size());

        CollectingSink later = new CollectingSink();
        try (LiveExecutionTracker reopened = open(later)) {
            assertEquals(List.of(waiting.get(0)), later.await(1, 10));
        }
        try (LiveExecutionTracker again = open(later)) {
            assertTrue(again.breaker().tripped());
        }
        assertEquals(1, later.received().size(), "a delivered alert is not sent again");
        stuck.release();
    }

    @Test
    void closingTwiceWaitsForTheDrainOnlyOnce() throws Exception {
        BlockingSink stuck = new BlockingSink();
        LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .alertSinks(List.of(stuck)).alertDelivery(new AlertDelivery(Duration.ofMillis(20),
                        Duration.ofMillis(80), Duration.ofSeconds(2))).open();
        tripTheBreaker(tracker);
        assertTrue(stuck.entered.await(10, TimeUnit.SECONDS));
        tracker.close();

        long start = System.nanoTime();
        tracker.close();

        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "the second close waited for the drain");
        stuck.release();
    }

    @Test
    void aReadOnlyOpenStartsNoSenderAndDeliversNothing() throws Exception {
        BlockingSink stuck = tripWhileTheSinkHangsAndClose();
        CollectingSink reader = new CollectingSink();
        try (LiveExecutionTracker readOnly = LiveExecutionTracker.builder(Trackers.settings(dir)).readOnly()
                .alertSinks(List.of(reader)).alertDelivery(Trackers.FAST_ALERTS).open()) {
            assertFalse(readOnly.alertSenderRunning());
            Thread.sleep(200);
        }
        assertEquals(0, reader.calls());
        assertEquals(1, undelivered().size());
        stuck.release();
    }

    @Test
    void aParityDisableRaisedByALiveFillIsWrittenWithTheFillAndDeliveredAsAParityAlert() throws Exception {
        ParityTrackerRegistry registry = registryWithTheBacktestOfP1();
        BlockingSink stuck = new BlockingSink();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).clock(clock)
                .parity(registry).alertSinks(List.of(stuck)).alertDelivery(Trackers.FAST_ALERTS).open()) {
            tracker.recordEntry(slowFillOfP1());
            assertTrue(registry.tracker(Trackers.STRATEGY).isDisabled());
            assertTrue(stuck.entered.await(10, TimeUnit.SECONDS));
        }

        CollectingSink later = new CollectingSink();
        try (LiveExecutionTracker reopened = open(later)) {
            List<Alert> received = later.await(1, 10);
            assertEquals(List.of(AlertKind.DISABLED), received.stream().map(Alert::kind).toList());
            assertEquals(AlertSource.PARITY, received.get(0).source());
        }
        stuck.release();
    }

    @Test
    void aParityAlertWhoseFillTheStoreCouldNotWriteIsStillDelivered() throws Exception {
        ParityTrackerRegistry registry = registryWithTheBacktestOfP1();
        LiveEventStore store = mock(LiveEventStore.class);
        when(store.load()).thenReturn(List.of());
        when(store.info(anyString())).thenReturn(Optional.empty());
        when(store.location()).thenReturn("mock-store");
        doThrow(new LiveStoreException("disk full")).when(store).append(anyList(), any(), anyList());
        CollectingSink sink = new CollectingSink();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir)).store(store)
                .clock(clock).parity(registry).alertSinks(List.of(sink)).alertDelivery(Trackers.FAST_ALERTS).open()) {
            assertThrows(LiveStoreException.class, () -> tracker.recordEntry(slowFillOfP1()));

            assertTrue(registry.tracker(Trackers.STRATEGY).isDisabled(), "parity took the fill and disabled");
            assertEquals(List.of(AlertKind.DISABLED), sink.await(1, 10).stream().map(Alert::kind).toList());
        }
    }

    @Test
    void aStoreWithoutAnOutboxStillDeliversOffTheRecordingThread() throws Exception {
        BlockingSink stuck = new BlockingSink();
        CollectingSink sink = new CollectingSink();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(Trackers.settings(dir))
                .store(new MemoryEventStore()).clock(clock).alertSinks(List.of(stuck, sink))
                .alertDelivery(Trackers.FAST_ALERTS).open()) {
            tripTheBreaker(tracker);
            assertTrue(stuck.entered.await(10, TimeUnit.SECONDS), "recording returned while the sink hangs");
            stuck.release();
            assertEquals(AlertKind.DAILY_LOSS_BREAKER_TRIPPED, sink.await(1, 10).get(0).kind());
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within 10 s");
            Thread.sleep(10);
        }
    }
}

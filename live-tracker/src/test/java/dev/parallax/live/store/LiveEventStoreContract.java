package dev.parallax.live.store;

import static dev.parallax.live.store.StoredEvents.entry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;
import dev.parallax.live.EventDigest;
import dev.parallax.live.EventOrigin;
import dev.parallax.live.InputPosition;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveExit;
import dev.parallax.live.LiveFills;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.ParityTrades;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RecordedInput;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.RiskEventKind;
import dev.parallax.live.StateSnapshot;
import dev.parallax.parity.ArchivedTrade;
import dev.parallax.parity.TradeArchive;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every database of the live event store must do, whatever it is: a subclass opens the
 * writer and a reader of one fresh, empty store (an SQLite file, a PostgreSQL schema) and inherits
 * the tests. A new table (an alert outbox, say) adds its properties here so both databases are held
 * to them.
 */
abstract class LiveEventStoreContract {

    /** Opens the store for recording; the first call of a test finds it empty. */
    abstract JdbcLiveEventStore openWriter();

    /** Opens the same store for reading only. */
    abstract JdbcLiveEventStore openReader();

    @Test
    @DisplayName("every field of every kind of event comes back bit for bit after a reopen")
    void everyFieldComesBackBitForBit() {
        List<LiveEvent> events = StoredEvents.everyKind();
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(events.subList(0, 1));
            store.append(events.subList(1, 4));
        }
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(events, store.load());
        }
    }

    @Test
    @DisplayName("a batch that fails half way writes nothing, and the store goes on")
    void aFailedBatchWritesNothing() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1")));

            LiveStoreException e = assertThrows(LiveStoreException.class,
                    () -> store.append(List.of(entry("T2"), entry("T1"))));

            assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
            store.append(List.of(entry("T2")));
            assertEquals(List.of(entry("T1"), entry("T2")), store.load());
        }
    }

    @Test
    @DisplayName("input ids, digests, refusals and positions are kept, and a taken id writes nothing")
    void inputIdsAreKept() {
        InputPosition first = new InputPosition("/in.csv", "key", 40, 2);
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1")), new EventOrigin("line-1", Optional.of(first)));
            assertThrows(LiveStoreException.class, () -> store.append(List.of(entry("T2")),
                    new EventOrigin("line-1", Optional.of(new InputPosition("/in.csv", "key", 80, 3)))));
            store.appendRefusal(entry("T3"), EventOrigin.of("line-3"));
        }
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(List.of(entry("T1")), store.load());
            assertEquals(Map.of("line-1", EventDigest.of(entry("T1")), "line-3", EventDigest.of(entry("T3"))),
                    store.inputDigests());
            assertEquals(Set.of("line-3"), store.refusedInputIds());
            assertEquals(Optional.of(first), store.inputPosition("/in.csv"));
        }
    }

    @Test
    @DisplayName("info is saved, replaced, and read back")
    void infoIsSavedAndReplaced() {
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(Optional.empty(), store.info("initial_balance"));
            store.putInfo("initial_balance", "1.0");
            store.putInfo("initial_balance", "2.0");
        }
        try (JdbcLiveEventStore store = openReader()) {
            assertEquals(Optional.of("2.0"), store.info("initial_balance"));
        }
    }

    @Test
    @DisplayName("a second writer is refused as in use while the first goes on writing")
    void aSecondWriterIsRefused() {
        try (JdbcLiveEventStore first = openWriter()) {
            first.append(List.of(entry("T1")));

            LiveStoreException e = assertThrows(LiveStoreException.class, this::openWriter);

            assertTrue(e.getMessage().contains("in use by another"), e.getMessage());
            first.append(List.of(entry("T2")));
            assertEquals(2, first.load().size());
        }
        try (JdbcLiveEventStore again = openWriter()) {
            assertEquals(2, again.load().size());
        }
    }

    @Test
    @DisplayName("a reader sees each commit while the writer writes, and cannot write")
    void aReaderReadsAlongsideTheWriter() {
        try (JdbcLiveEventStore writer = openWriter()) {
            writer.append(List.of(entry("T1")));
            try (JdbcLiveEventStore reader = openReader()) {
                assertTrue(reader.readOnly());
                assertEquals(List.of(entry("T1")), reader.load());
                writer.append(List.of(entry("T2")));
                assertEquals(List.of(entry("T1"), entry("T2")), reader.load());

                LiveStoreException e = assertThrows(LiveStoreException.class, () -> reader.append(List.of(entry("T3"))));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
                assertThrows(LiveStoreException.class, () -> reader.putInfo("x", "y"));
            }
        }
    }

    @Test
    @DisplayName("a reader of a store where nothing was recorded is refused")
    void aReaderOfNothingIsRefused() {
        LiveStoreException e = assertThrows(LiveStoreException.class, this::openReader);

        assertTrue(e.getMessage().contains("no live"), e.getMessage());
    }

    @Test
    @DisplayName("a snapshot written with events comes back, replaces the older one and is seen by a reader")
    void aSnapshotComesBackAndReplacesTheOlderOne() {
        StateSnapshot first = new StateSnapshot(1, new byte[] {1, 2, 3});
        StateSnapshot second = new StateSnapshot(3, new byte[] {4, 5});
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(Optional.empty(), store.latestSnapshot());
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), first);
            assertEquals(Optional.of(first), store.latestSnapshot());
            store.append(List.of(entry("T2")));
            store.appendWithSnapshot(List.of(entry("T3")), Optional.of(EventOrigin.of("in-3")), List.of(), second);
        }
        try (JdbcLiveEventStore store = openWriter(); JdbcLiveEventStore reader = openReader()) {
            assertEquals(Optional.of(second), store.latestSnapshot());
            assertEquals(Optional.of(second), reader.latestSnapshot());
            assertEquals(Set.of("in-3"), store.inputDigests().keySet());
        }
    }

    @Test
    @DisplayName("a batch that fails writes neither its events nor its snapshot")
    void aFailedBatchWritesNoSnapshot() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), new StateSnapshot(1, new byte[] {1}));
            assertThrows(LiveStoreException.class, () -> store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(),
                    new StateSnapshot(2, new byte[] {2})));
            assertEquals(Optional.of(new StateSnapshot(1, new byte[] {1})), store.latestSnapshot());
            assertEquals(1, store.load().size());
        }
    }

    @Test
    @DisplayName("a snapshot must cover exactly the events written, with the batch or alone")
    void aSnapshotMustCoverTheEventsWritten() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1"), entry("T2")));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> store.appendWithSnapshot(List.of(entry("T3")), Optional.empty(), List.of(),
                            new StateSnapshot(2, new byte[] {1})));
            assertEquals("snapshot must cover the events up to the last one written (3), covered 2", e.getMessage());
            IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                    () -> store.saveSnapshot(new StateSnapshot(1, new byte[] {1})));
            assertEquals("snapshot must cover every event written (2), covered 1", alone.getMessage());
            store.saveSnapshot(new StateSnapshot(2, new byte[] {7}));
            assertEquals(Optional.of(new StateSnapshot(2, new byte[] {7})), store.latestSnapshot());
            assertEquals(2, store.load().size());
        }
    }

    @Test
    @DisplayName("loadAfter reads only the events after the first count, in order")
    void loadAfterReadsTheTail() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1"), entry("T2"), entry("T3")));
            assertEquals(List.of(entry("T2"), entry("T3")), store.loadAfter(1));
            assertEquals(List.of(), store.loadAfter(3));
            assertEquals(store.load(), store.loadAfter(0));
        }
    }

    @Test
    @DisplayName("a commit group is one transaction: unseen until its commit, rolled back whole on a failure")
    void aCommitGroupIsOneTransaction() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T0")));
            store.beginGroup();
            store.append(List.of(entry("T1")));
            store.append(List.of(entry("T2")), EventOrigin.of("in-2"));
            try (JdbcLiveEventStore reader = openReader()) {
                assertEquals(List.of(entry("T0")), reader.load());
                store.commitGroup();
                assertEquals(List.of(entry("T0"), entry("T1"), entry("T2")), reader.load());
            }
            store.beginGroup();
            store.append(List.of(entry("T3")));
            LiveStoreException e = assertThrows(LiveStoreException.class, () -> store.append(List.of(entry("T1"))));
            assertTrue(e.getMessage().contains("the open commit group of 1 event(s) was rolled back"), e.getMessage());
            assertThrows(IllegalStateException.class, store::commitGroup);
            store.append(List.of(entry("T4")));
            assertEquals(List.of(entry("T0"), entry("T1"), entry("T2"), entry("T4")), store.load());
        }
    }

    @Test
    @DisplayName("closing the store with a commit group open rolls the group back")
    void closingWithAnOpenGroupRollsItBack() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T0")));
            store.beginGroup();
            store.append(List.of(entry("T1")));
        }
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(List.of(entry("T0")), store.load());
        }
    }

    @Test
    @DisplayName("one input id is looked up with its digest and whether it was refused, the group's own included")
    void oneInputIdIsLookedUp() {
        try (JdbcLiveEventStore store = openWriter()) {
            assertEquals(Optional.empty(), store.recordedInput("in-1"));
            store.append(List.of(entry("T1")), EventOrigin.of("in-1"));
            store.appendRefusal(entry("T2"), EventOrigin.of("in-2"));
            store.beginGroup();
            store.append(List.of(entry("T3")), EventOrigin.of("in-3"));
            assertEquals(Optional.of(new RecordedInput("in-1", EventDigest.of(entry("T1")), false)),
                    store.recordedInput("in-1"));
            assertEquals(Optional.of(new RecordedInput("in-2", EventDigest.of(entry("T2")), true)),
                    store.recordedInput("in-2"));
            assertEquals(Optional.of(new RecordedInput("in-3", EventDigest.of(entry("T3")), false)),
                    store.recordedInput("in-3"));
            store.commitGroup();
        }
    }

    private static final Instant ALERT_TIME = Instant.parse("2024-03-04T10:00:00.123456789Z");

    private static Alert alert(String id, AlertKind kind) {
        return new Alert(id, kind, "grid", AlertSeverity.CRITICAL, "line one\nline \"two\"", "alice", ALERT_TIME);
    }

    private static List<LiveEvent> markAndTrip(int minute) {
        Instant at = ALERT_TIME.plusSeconds(60L * minute);
        return List.of(new PriceMark("BTC/USD", 49, at), new RiskEvent(RiskEventKind.DAILY_LOSS_LIMIT, at, "lost 510", ""));
    }

    @Test
    @DisplayName("outbox alerts come back whole, oldest first, until marked delivered")
    void outboxAlertsComeBackUntilDelivered() {
        Alert first = alert("a-1", AlertKind.DAILY_LOSS_BREAKER_TRIPPED);
        Alert second = alert("a-2", AlertKind.DISABLED);
        Alert third = alert("a-3", AlertKind.BREAKER_RESET);
        try (JdbcLiveEventStore store = openWriter()) {
            assertTrue(store.keepsAlerts());
            store.append(markAndTrip(0), Optional.empty(), List.of(first, second));
            store.append(markAndTrip(1), Optional.of(EventOrigin.of("line-9")), List.of(third));
            store.markAlertDelivered("a-1", ALERT_TIME.plusSeconds(5));
            store.markAlertDelivered("a-1", ALERT_TIME.plusSeconds(9));
            store.markAlertDelivered("not-there", ALERT_TIME);
        }
        try (JdbcLiveEventStore store = openReader()) {
            assertEquals(List.of(second, third), store.undeliveredAlerts(10));
            assertEquals(List.of(second), store.undeliveredAlerts(1));
            assertEquals(4, store.load().size());
            assertThrows(LiveStoreException.class, () -> store.markAlertDelivered("a-2", ALERT_TIME));
        }
    }

    @Test
    @DisplayName("a batch whose alert cannot be written writes neither its events nor its alerts")
    void aFailedAlertWritesNothing() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(markAndTrip(0), Optional.empty(), List.of(alert("a-1", AlertKind.DAILY_LOSS_BREAKER_TRIPPED)));

            assertThrows(LiveStoreException.class, () -> store.append(markAndTrip(1), Optional.empty(),
                    List.of(alert("a-2", AlertKind.DRAWDOWN_LIMIT_CROSSED), alert("a-1", AlertKind.BREAKER_RESET))));

            assertEquals(2, store.load().size(), "the second batch's events were rolled back");
            assertEquals(List.of("a-1"), store.undeliveredAlerts(10).stream().map(Alert::id).toList());
            store.append(markAndTrip(2), Optional.empty(), List.of(alert("a-3", AlertKind.BREAKER_RESET)));
            assertEquals(4, store.load().size(), "the store goes on after the failure");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.undeliveredAlerts(0));
            assertEquals("max must be > 0, was 0", e.getMessage());
        }
    }

    @Test
    @DisplayName("events, their alerts and a snapshot are written in one transaction, or none of them")
    void eventsAlertsAndSnapshotShareOneTransaction() {
        Alert trip = alert("a-1", AlertKind.DAILY_LOSS_BREAKER_TRIPPED);
        StateSnapshot two = new StateSnapshot(2, new byte[] {2});
        try (JdbcLiveEventStore store = openWriter()) {
            store.appendWithSnapshot(markAndTrip(0), Optional.empty(), List.of(trip), two);
            assertThrows(LiveStoreException.class, () -> store.appendWithSnapshot(markAndTrip(1), Optional.empty(),
                    List.of(alert("a-1", AlertKind.BREAKER_RESET)), new StateSnapshot(4, new byte[] {4})));
        }
        try (JdbcLiveEventStore reader = openReader()) {
            assertEquals(2, reader.load().size(), "the failed batch's events were rolled back");
            assertEquals(Optional.of(two), reader.latestSnapshot(), "the failed batch's snapshot was rolled back");
            assertEquals(List.of(trip), reader.undeliveredAlerts(10));
        }
    }

    @Test
    @DisplayName("alerts of an open group are not listed, and a rolled-back group's never are")
    void alertsOfAnOpenOrRolledBackGroupAreNotListed() {
        Alert committed = alert("a-1", AlertKind.DAILY_LOSS_BREAKER_TRIPPED);
        Alert rolledBack = alert("a-2", AlertKind.DRAWDOWN_LIMIT_CROSSED);
        Alert later = alert("a-3", AlertKind.BREAKER_RESET);
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(markAndTrip(0), Optional.empty(), List.of(committed));
            store.beginGroup();
            store.append(markAndTrip(1), Optional.empty(), List.of(rolledBack));
            assertEquals(List.of(committed), store.undeliveredAlerts(10), "the open group's alert is left out");
            assertThrows(LiveStoreException.class, () -> store.append(List.of(entry("T1"), entry("T1"))));
            assertEquals(List.of(committed), store.undeliveredAlerts(10), "the rolled-back alert is gone");
            store.beginGroup();
            store.append(markAndTrip(2), Optional.empty(), List.of(later));
            store.commitGroup();
            assertEquals(List.of(committed, later), store.undeliveredAlerts(10));
        }
        try (JdbcLiveEventStore reader = openReader()) {
            assertEquals(List.of(committed, later), reader.undeliveredAlerts(10));
            assertEquals(4, reader.load().size());
        }
    }

    @Test
    @DisplayName("an alert marked delivered while a group is open stays delivered, whether the group commits or not")
    void aDeliveryMarkedDuringAGroupIsKept() {
        Alert first = alert("a-1", AlertKind.DAILY_LOSS_BREAKER_TRIPPED);
        Alert second = alert("a-2", AlertKind.BREAKER_RESET);
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(markAndTrip(0), Optional.empty(), List.of(first, second));
            store.beginGroup();
            store.append(markAndTrip(1));
            store.markAlertDelivered("a-1", ALERT_TIME.plusSeconds(1));
            assertEquals(List.of(second), store.undeliveredAlerts(10));
            assertThrows(LiveStoreException.class, () -> store.append(List.of(entry("T1"), entry("T1"))));
            store.beginGroup();
            store.markAlertDelivered("a-2", ALERT_TIME.plusSeconds(2));
            store.commitGroup();
        }
        try (JdbcLiveEventStore reader = openReader()) {
            assertEquals(List.of(), reader.undeliveredAlerts(10));
            assertEquals(2, reader.load().size());
        }
    }

    @Test
    @DisplayName("fills, the fills of one trade, a fill by its id and the risk events are read back up to a seq")
    void historyIsReadBackThroughItsQueries() {
        List<LiveEvent> events = StoredEvents.everyKind();
        LiveExit secondExit = LiveExit.notCompared("T2", "BTC/USD", Side.BUY, 0.1, 50_002, 0.01,
                StoredEvents.T0.plusMillis(5));
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(events);
            store.append(List.of(entry("T2"), secondExit));
            List<LiveEvent> fills = new ArrayList<>();
            store.forEachFill(Long.MAX_VALUE, fills::add);
            assertEquals(List.of(events.get(0), events.get(2), entry("T2"), secondExit), fills);
            List<LiveEvent> firstThree = new ArrayList<>();
            store.forEachFill(3, firstThree::add);
            assertEquals(List.of(events.get(0), events.get(2)), firstThree);
            assertEquals(List.of(events.get(0), events.get(2)), store.tradeFills("T1", Long.MAX_VALUE));
            assertEquals(List.of(events.get(0)), store.tradeFills("T1", 2));
            assertEquals(List.of(), store.tradeFills("T9", Long.MAX_VALUE));
            assertEquals(Optional.of(events.get(0)), store.fillNamed("T1"));
            assertEquals(Optional.of(events.get(2)), store.fillNamed("T1-exit"));
            assertEquals(Optional.empty(), store.fillNamed("T9"));
            assertEquals(List.of(events.get(3)), store.riskEvents(Long.MAX_VALUE));
            assertEquals(List.of(), store.riskEvents(3));
        }
        try (JdbcLiveEventStore reader = openReader()) {
            assertEquals(List.of(entry("T2"), secondExit), reader.tradeFills("T2", 6));
        }
    }

    @Test
    @DisplayName("an exit id is written once even when the tracker's check is skipped, and exits without one repeat")
    void anExitIdIsUniqueInTheStore() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1"), exit("T1", "X1"), exit("T1", ""), exit("T1", "")));
            LiveStoreException e = assertThrows(LiveStoreException.class,
                    () -> store.append(List.of(exit("T1", "X1"))));
            assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
            assertEquals(4, store.load().size());
        }
    }

    @Test
    @DisplayName("an execution comes back field for field with its sequence, by its order id, and is stored once")
    void executionsAreStoredOncePerOrderAndSequence() {
        LiveExecution first = execution("O1", 1, 0.25, true);
        LiveExecution second = execution("O1", 2, 0.75, false);
        RiskEvent past = new RiskEvent(RiskEventKind.EXECUTION_WHILE_REFUSED, StoredEvents.T0.plusMillis(3),
                "fill 2 of order 'O1' opened a trade while entries were refused", "");
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(first, entry("T2")));
            store.append(List.of(second, past));
            assertEquals(List.of(first, second), store.orderFills("O1"));
            assertEquals(List.of(), store.orderFills("T2"));
            assertEquals(Optional.of(first), store.fillNamed("O1"));
            assertEquals(List.of(past), store.riskEvents(Long.MAX_VALUE));
            List<LiveEvent> fills = new ArrayList<>();
            store.forEachFill(Long.MAX_VALUE, fills::add);
            assertEquals(List.of(first, entry("T2"), second), fills);

            LiveStoreException twice = assertThrows(LiveStoreException.class,
                    () -> store.append(List.of(execution("O1", 2, 0.5, false))));
            assertTrue(twice.getMessage().contains("nothing was written"), twice.getMessage());
            assertEquals(4, store.load().size());
        }
        try (JdbcLiveEventStore reader = openReader()) {
            assertEquals(List.of(first, entry("T2"), second, past), reader.load());
            assertEquals(List.of(first, second), reader.orderFills("O1"));
        }
    }

    /** Fill {@code sequence} of the buy order {@code orderId}, with every field reported. */
    private static LiveExecution execution(String orderId, int sequence, double size, boolean partial) {
        return new LiveExecution(new Fill(orderId, "ETH/USD", Side.BUY, 3_000.5, size, -0.03, FillType.MAKER, 1_500,
                -0.5, EpochNanos.of(StoredEvents.T0.plusMillis(sequence)), partial), sequence);
    }

    /** An exit of a trade of {@link StoredEvents#entry} (a short): compared under {@code exitId}, else not compared. */
    private static LiveExit exit(String tradeId, String exitId) {
        return exitId.isEmpty()
                ? LiveExit.notCompared(tradeId, "BTC/USD", Side.BUY, 0.01, 50_000, 0.01, StoredEvents.T0.plusMillis(1))
                : LiveFills.exit(tradeId, exitId, "BTC/USD", Side.BUY, 0.01, 50_000, 0.01,
                        StoredEvents.T0.plusMillis(1), 0, 0);
    }

    @Test
    @DisplayName("each input's position is replaced by the next one of the same input, and inputs keep their own")
    void theNewestPositionOfEachInputIsKept() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1")), new EventOrigin("a-1", Optional.of(new InputPosition("/a", "k", 10, 1))));
            store.append(List.of(entry("T2")), new EventOrigin("b-1", Optional.of(new InputPosition("/b", "k", 7, 1))));
            store.append(List.of(entry("T3")), new EventOrigin("a-2", Optional.of(new InputPosition("/a", "k2", 25, 2))));
        }
        try (JdbcLiveEventStore reader = openReader()) {
            assertEquals(Optional.of(new InputPosition("/a", "k2", 25, 2)), reader.inputPosition("/a"));
            assertEquals(Optional.of(new InputPosition("/b", "k", 7, 1)), reader.inputPosition("/b"));
        }
    }

    @Test
    @DisplayName("a lookup on the writer neither blocks a reader nor keeps the next write from committing")
    void aLookupOnTheWriterLeavesNothingOpen() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1")), EventOrigin.of("in-1"));
            assertTrue(store.fillNamed("T1").isPresent());
            assertTrue(store.recordedInput("in-1").isPresent());
            try (JdbcLiveEventStore reader = openReader()) {
                assertEquals(1, reader.load().size());
                store.append(List.of(entry("T2")), EventOrigin.of("in-2"));
                assertTrue(store.fillNamed("T9").isEmpty());
                assertEquals(2, reader.load().size(), "the write after the lookups is committed");
            }
        }
    }

    @Test
    @DisplayName("parity trades are written with their snapshot and read back by the archive of their generation")
    void parityTradesComeBackThroughTheArchiveOfTheirGeneration() {
        try (JdbcLiveEventStore store = openWriter()) {
            assertTrue(store.keepsParityTrades());
            assertEquals(0, store.highestParityGeneration());
            TradeArchive archive = store.parityArchive(1);
            assertEquals(0, archive.count());
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), new StateSnapshot(1, new byte[] {1}),
                    new ParityTrades(1, List.of(trade("T0", 5, 6), trade("T1", 7))));
            store.saveSnapshot(new StateSnapshot(1, new byte[] {2}), new ParityTrades(1, List.of(trade("T2", 8))));

            assertEquals(3, archive.count());
            assertArrayEquals(new byte[] {5, 6}, archive.find("T0").orElseThrow());
            assertArrayEquals(new byte[] {8}, archive.find("T2").orElseThrow());
            assertEquals(Optional.empty(), archive.find("T9"));
            assertEquals(0, store.parityArchive(2).count(), "another generation holds none of them");
            assertEquals(1, store.highestParityGeneration());
        }
        try (JdbcLiveEventStore reader = openReader()) {
            assertEquals(3, reader.parityArchive(1).count());
            assertArrayEquals(new byte[] {7}, reader.parityArchive(1).find("T1").orElseThrow());
        }
    }

    @Test
    @DisplayName("a snapshot of a new generation deletes the parity trades of the others in its transaction")
    void aNewGenerationDeletesTheOthers() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), new StateSnapshot(1, new byte[] {1}),
                    new ParityTrades(1, List.of(trade("T0", 1), trade("T1", 2))));
            TradeArchive first = store.parityArchive(1);
            store.appendWithSnapshot(List.of(entry("T2")), Optional.empty(), List.of(), new StateSnapshot(2, new byte[] {2}),
                    new ParityTrades(3, List.of(trade("T0", 9))));

            assertEquals(0, first.count());
            assertEquals(Optional.empty(), first.find("T1"));
            assertArrayEquals(new byte[] {9}, store.parityArchive(3).find("T0").orElseThrow());
            assertEquals(3, store.highestParityGeneration());
        }
    }

    @Test
    @DisplayName("a snapshot whose events cannot be written writes no parity trades either")
    void aFailedWriteWritesNoParityTrades() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), new StateSnapshot(1, new byte[] {1}),
                    new ParityTrades(1, List.of(trade("T0", 1))));

            assertThrows(LiveStoreException.class, () -> store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(),
                    List.of(), new StateSnapshot(2, new byte[] {2}), new ParityTrades(1, List.of(trade("T7", 2)))));

            assertEquals(List.of(entry("T1")), store.load());
            assertEquals(Optional.of(new StateSnapshot(1, new byte[] {1})), store.latestSnapshot());
            assertEquals(1, store.parityArchive(1).count());
            assertEquals(Optional.empty(), store.parityArchive(1).find("T7"));
        }
    }

    @Test
    @DisplayName("a parity trade already stored is not added again, and counts once")
    void aStoredParityTradeIsNotAddedTwice() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), new StateSnapshot(1, new byte[] {1}),
                    new ParityTrades(1, List.of(trade("T0", 1))));
            // a checkpoint whose commit was reported as failed but happened comes again with the next one
            store.saveSnapshot(new StateSnapshot(1, new byte[] {2}),
                    new ParityTrades(1, List.of(trade("T0", 1), trade("T5", 5), trade("T5", 5))));

            TradeArchive archive = store.parityArchive(1);
            assertEquals(2, archive.count());
            assertArrayEquals(new byte[] {1}, archive.find("T0").orElseThrow());
            assertArrayEquals(new byte[] {5}, archive.find("T5").orElseThrow());
            assertEquals(Optional.of(new StateSnapshot(1, new byte[] {2})), store.latestSnapshot());
        }
    }

    @Test
    @DisplayName("the archive sees parity trades of a commit group only once the group is committed")
    void theArchiveSeesCommittedTradesOnly() {
        try (JdbcLiveEventStore store = openWriter()) {
            TradeArchive archive = store.parityArchive(1);
            store.beginGroup();
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), new StateSnapshot(1, new byte[] {1}),
                    new ParityTrades(1, List.of(trade("T0", 1))));

            assertEquals(0, archive.count());
            assertEquals(Optional.empty(), archive.find("T0"));
            store.commitGroup();
            assertEquals(1, archive.count());
            assertTrue(archive.find("T0").isPresent());
        }
    }

    @Test
    @DisplayName("the archive answers another thread while the store is busy in a call that waits for it")
    void theArchiveReadsWhileTheStoreIsHeld() throws Exception {
        try (JdbcLiveEventStore store = openWriter()) {
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), new StateSnapshot(1, new byte[] {1}),
                    new ParityTrades(1, List.of(trade("T0", 4))));
            TradeArchive archive = store.parityArchive(1);
            List<Optional<byte[]>> found = new ArrayList<>();
            store.forEachFill(1, fill -> {
                // the store's monitor is held here, as when forEachFill feeds a parity tracker whose
                // lock another thread holds while it looks a trade up
                Thread reader = new Thread(() -> found.add(archive.find("T0")));
                reader.start();
                try {
                    reader.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assertFalse(reader.isAlive(), "the archive waited for the store");
            });
            assertArrayEquals(new byte[] {4}, found.get(0).orElseThrow());
        }
    }

    @Test
    @DisplayName("an archive's connection is closed with its store; later it answers through one of its own per call")
    void anArchiveStillAnswersAfterItsStoreClosed() {
        TradeArchive archive;
        try (JdbcLiveEventStore store = openWriter()) {
            store.appendWithSnapshot(List.of(entry("T1")), Optional.empty(), List.of(), new StateSnapshot(1, new byte[] {1}),
                    new ParityTrades(1, List.of(trade("T0", 3))));
            archive = store.parityArchive(1);
        }
        assertArrayEquals(new byte[] {3}, archive.find("T0").orElseThrow());
        assertEquals(1, archive.count());
    }

    @Test
    @DisplayName("a reader refuses to write parity trades; generations start at 1")
    void parityTradesAreWrittenByTheWriterOnly() {
        try (JdbcLiveEventStore store = openWriter()) {
            store.append(List.of(entry("T1")));
            assertThrows(IllegalArgumentException.class, () -> store.parityArchive(0));
        }
        try (JdbcLiveEventStore reader = openReader()) {
            assertThrows(LiveStoreException.class, () -> reader.saveSnapshot(new StateSnapshot(1, new byte[] {1}),
                    new ParityTrades(1, List.of(trade("T0", 1)))));
        }
    }

    private static ArchivedTrade trade(String id, int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new ArchivedTrade(id, data);
    }
}

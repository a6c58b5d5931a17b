package dev.parallax.live.store;

import static dev.parallax.live.store.StoredEvents.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.EventDigest;
import dev.parallax.live.EventOrigin;
import dev.parallax.live.InputPosition;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.RiskEventKind;
import dev.parallax.parity.alert.Alert;
import dev.parallax.parity.alert.AlertKind;
import dev.parallax.parity.alert.AlertSeverity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every database of the live event store must do, whatever it is: a subclass opens the
 * writer and a reader of one fresh, empty store (an SQLite file, a PostgreSQL schema) and inherits
 * the tests. A new table adds its properties here so both databases are held to them, as the alert
 * outbox does.
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
}

package dev.parallax.live.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.EventOrigin;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveStoreException;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.RiskEventKind;
import dev.parallax.parity.alert.Alert;
import dev.parallax.parity.alert.AlertKind;
import dev.parallax.parity.alert.AlertSeverity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert outbox of {@link JdbcLiveEventStore}: written with its event, read back whole, marked delivered. */
class AlertOutboxRowsTest {

    private static final Instant T = Instant.parse("2024-03-04T10:00:00.123456789Z");

    @TempDir
    Path dir;

    private static Alert alert(String id, AlertKind kind) {
        return new Alert(id, kind, "grid", AlertSeverity.CRITICAL, "line one\nline \"two\"", "alice", T);
    }

    private static List<LiveEvent> markAndTrip(int minute) {
        return List.of(new PriceMark("BTC/USD", 49, T.plusSeconds(60L * minute)),
                new RiskEvent(RiskEventKind.DAILY_LOSS_LIMIT, T.plusSeconds(60L * minute), "lost 510", ""));
    }

    @Test
    void alertsComeBackWholeInTheOrderTheyWereWrittenUntilMarkedDelivered() {
        Alert first = alert("a-1", AlertKind.DAILY_LOSS_BREAKER_TRIPPED);
        Alert second = alert("a-2", AlertKind.DISABLED);
        Alert third = alert("a-3", AlertKind.BREAKER_RESET);
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(dir.resolve("s_live.db"))) {
            assertTrue(store.keepsAlerts());
            store.append(markAndTrip(0), Optional.empty(), List.of(first, second));
            store.append(markAndTrip(1), Optional.of(EventOrigin.of("line-9")), List.of(third));
            store.markAlertDelivered("a-1", T.plusSeconds(5));
            store.markAlertDelivered("a-1", T.plusSeconds(9));
            store.markAlertDelivered("not-there", T);
        }
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(dir.resolve("s_live.db"))) {
            assertEquals(List.of(second, third), store.undeliveredAlerts(10));
            assertEquals(List.of(second), store.undeliveredAlerts(1));
            assertEquals(4, store.load().size());
        }
    }

    @Test
    void aBatchWhoseAlertCannotBeWrittenWritesNeitherItsEventsNorItsAlerts() {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(dir.resolve("s_live.db"))) {
            store.append(markAndTrip(0), Optional.empty(), List.of(alert("a-1", AlertKind.DAILY_LOSS_BREAKER_TRIPPED)));

            assertThrows(LiveStoreException.class, () -> store.append(markAndTrip(1), Optional.empty(),
                    List.of(alert("a-2", AlertKind.DRAWDOWN_LIMIT_CROSSED), alert("a-1", AlertKind.BREAKER_RESET))));

            assertEquals(2, store.load().size(), "the second batch's events were rolled back");
            assertEquals(List.of("a-1"), store.undeliveredAlerts(10).stream().map(Alert::id).toList());
            store.append(markAndTrip(2), Optional.empty(), List.of(alert("a-3", AlertKind.BREAKER_RESET)));
            assertEquals(4, store.load().size(), "the store goes on after the failure");
        }
    }

    @Test
    void askingForNoAlertsIsAnError() {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(dir.resolve("s_live.db"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.undeliveredAlerts(0));
            assertEquals("max must be > 0, was 0", e.getMessage());
        }
    }
}

package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSink;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import dev.parallax.live.store.PostgresTestServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The alert outbox through a tracker on PostgreSQL: a trip left undelivered by one writer reaches the next. */
@Timeout(60)
class PostgresAlertOutboxTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));
    private PostgresDatabase db;

    @BeforeEach
    void emptySchema() {
        db = PostgresTestServer.withoutStrategies(Trackers.STRATEGY);
    }

    private LiveExecutionTracker open(AlertSink sink) {
        return LiveExecutionTracker.builder(Trackers.settings(dir)).store(JdbcLiveEventStore.postgresql(db,
                Trackers.STRATEGY)).clock(clock).alertSinks(List.of(sink)).alertDelivery(Trackers.FAST_ALERTS).open();
    }

    @Test
    void aTripAlertLeftUndeliveredIsDeliveredOnceByTheNextWriter() throws Exception {
        BlockingSink stuck = new BlockingSink();
        try (LiveExecutionTracker tracker = open(stuck)) {
            tracker.recordEntry(buy("T1", 10, 100, 0, at("2024-03-04T09:00:00Z")));
            tracker.mark(mark(49, at("2024-03-04T10:00:00Z")));
            assertTrue(stuck.entered.await(10, TimeUnit.SECONDS), "recording returned while the sink hangs");
        }
        try (JdbcLiveEventStore reader = JdbcLiveEventStore.postgresqlReadOnly(db, Trackers.STRATEGY)) {
            assertEquals(1, reader.undeliveredAlerts(10).size());
        }

        CollectingSink later = new CollectingSink();
        try (LiveExecutionTracker reopened = open(later)) {
            List<Alert> received = later.await(1, 10);
            assertEquals(List.of(AlertKind.DAILY_LOSS_BREAKER_TRIPPED), received.stream().map(Alert::kind).toList());
        }
        try (LiveExecutionTracker again = open(later)) {
            assertEquals(List.of(), again.undeliveredAlerts(10));
        }
        assertEquals(1, later.received().size());
        stuck.release();
    }
}

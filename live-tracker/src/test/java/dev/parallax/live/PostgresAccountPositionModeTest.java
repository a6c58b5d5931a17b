package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.ledger.PositionMode;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import dev.parallax.live.store.PostgresTestServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AccountPositionModeTest} on PostgreSQL: the strategy's schema keeps the account's mode. */
class PostgresAccountPositionModeTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0.plusSeconds(60));

    @Test
    void aPostgresqlAccountKeepsItsModeToo() {
        String strategy = "pg-position-mode";
        PostgresDatabase db = PostgresTestServer.withoutStrategies(strategy);
        try {
            LiveTrackerSettings netting = LiveTrackerSettings.builder(strategy, dir, 10_000)
                    .positionMode(PositionMode.NETTING).build();
            Supplier<LiveTrackerBuilder> builder = () -> LiveExecutionTracker.builder(netting).clock(clock)
                    .alertSinks(List.of());
            try (LiveExecutionTracker tracker = builder.get().store(JdbcLiveEventStore.postgresql(db, strategy)).open()) {
                tracker.recordEntry(Trackers.buy("T1", 1, 100, 0, T0));
            }
            LiveStoreException e = assertThrows(LiveStoreException.class, () -> LiveExecutionTracker
                    .builder(netting.toBuilder().positionMode(PositionMode.PER_TRADE).build()).clock(clock)
                    .alertSinks(List.of()).store(JdbcLiveEventStore.postgresql(db, strategy)).open());
            assertEquals(true, e.getMessage().contains("keeps a NETTING account, but the settings say PER_TRADE"),
                    e.getMessage());
            try (JdbcLiveEventStore store = JdbcLiveEventStore.postgresqlReadOnly(db, strategy)) {
                assertEquals(PositionMode.NETTING, LiveTrackerBuilder.positionMode(store));
            }
        } finally {
            PostgresTestServer.dropStrategies(db, strategy);
        }
    }
}

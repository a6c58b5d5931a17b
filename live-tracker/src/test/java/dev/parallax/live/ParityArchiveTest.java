package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.crash.CrashStream;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parity tracker attached to a live tracker on a JDBC store keeps its completed trades in the
 * store, not in memory nor in the snapshot: the snapshot's size does not grow with them, a parity
 * state whose stored trades do not check out is replaced by a full replay, a whole parity state of
 * an older snapshot moves into the store without one, and the trades of a rolled-back commit group
 * stay in memory until a later snapshot stores them.
 */
class ParityArchiveTest {

    private static final CrashStream STREAM = CrashStream.generate(5_150, 260);

    @TempDir
    Path dir;

    @Test
    void theSnapshotIsTheSameSizeAfterOneThousandAndTwentyThousandMatchedTrades() throws SQLException {
        int small = snapshotSizeAfter(500, dir.resolve("small"));
        int large = snapshotSizeAfter(10_000, dir.resolve("large"));

        assertTrue(Math.abs(large - small) < 64, "snapshot of " + small + " bytes after 1,000 matched trades, "
                + large + " after 20,000");
    }

    /**
     * Records {@code trades} round trips (entry and exit, each with its backtest twin, so both
     * complete a parity trade) on one day, in commit groups, closes, and returns the size of the
     * snapshot saved; checks that every completed parity trade is stored.
     */
    private int snapshotSizeAfter(int trades, Path folder) throws SQLException {
        Instant start = Instant.parse("2024-03-04T00:00:00Z");
        Clock clock = Clock.fixed(start.plusSeconds(86_000), ZoneOffset.UTC);
        LiveTrackerSettings settings = LiveTrackerSettings.of("flat", folder, 1_000_000);
        ParityTrackerRegistry registry = ParityTrackerRegistry.withSinks(
                ParitySettings.builder().dataFolder(folder.resolve("parity")).build(), clock, List.of());
        ParityTracker parity = registry.tracker("flat");
        for (int i = 0; i < trades; i++) {
            Instant t = start.plusSeconds(4L * i);
            parity.recordBacktest(BacktestFills.of("T" + i, "BTC/USD", Side.BUY, 1, 100, t, 0.05));
            parity.recordBacktest(BacktestFills.of("T" + i + "-x", "BTC/USD", Side.SELL, 1, 101, t.plusSeconds(1),
                    0.05));
        }
        try (LiveExecutionTracker live = LiveExecutionTracker.builder(settings).parity(registry).alertSinks(List.of())
                .clock(clock).snapshotEvery(500).open()) {
            for (int i = 0; i < trades; i++) {
                if (i % 1_000 == 0) {
                    live.beginGroup();
                }
                Instant t = start.plusSeconds(4L * i);
                live.recordEntry(LiveEntry.of("T" + i, "BTC/USD", Side.BUY, 1, 100.01, 0.05, t));
                live.recordExit(LiveFills.exitOfLong("T" + i, "T" + i + "-x", 1, 100.99, 0.05, t.plusSeconds(1)));
                if (i % 1_000 == 999) {
                    live.commitGroup();
                }
            }
        }
        assertEquals(2L * trades, parity.completedTrades());
        assertEquals(2L * trades, storedParityTrades(settings));
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(settings.databaseFile())) {
            StateSnapshot snapshot = store.latestSnapshot().orElseThrow();
            assertEquals(2L * trades, snapshot.eventCount());
            assertTrue(StateSnapshots.decode(snapshot, settings).parity().orElseThrow().archived());
            return snapshot.size();
        }
    }

    @Test
    void aStoredParityTradeThatIsMissingMakesTheTrackerReplayEveryFillWithTheSameFigures() throws SQLException {
        List<Object> before;
        try (Opened first = open(UnaryOperator.identity())) {
            record(first.live, 0, STREAM.events().size());
            before = figures(first.parity);
        }
        long generation = parityPart().generation();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings().databaseFile());
             Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("DELETE FROM parity_trades WHERE trade_id = 'T3'"));
        }
        WatchedStore[] watched = new WatchedStore[1];
        try (Opened reopened = open(inner -> watched[0] = WatchedStore.watching(inner))) {
            assertTrue(watched[0].reads.contains("forEachFill " + reopened.live.eventCount()), watched[0].reads.toString());
            assertEquals(before, figures(reopened.parity));
            assertTrue(reopened.parity.trade("T3").isPresent());
        }
        assertEquals(generation + 1, parityPart().generation(), "the full replay went to a new generation");
        assertEquals(before.get(2), storedParityTrades(settings()), "saved at once, the old generation deleted");
    }

    @Test
    void aWholeParityStateMovesIntoTheStoreWithoutReplayingEveryFill() throws SQLException {
        List<Object> before;
        try (Opened first = open(WatchedStore::withoutParityTrades)) {
            record(first.live, 0, STREAM.events().size());
            before = figures(first.parity);
        }
        assertEquals(0, parityPart().generation());
        assertEquals(0, storedParityTrades(settings()));
        WatchedStore[] watched = new WatchedStore[1];
        try (Opened reopened = open(inner -> watched[0] = WatchedStore.watching(inner))) {
            assertTrue(watched[0].reads.stream().noneMatch(r -> r.startsWith("forEachFill")), watched[0].reads.toString());
            assertEquals(before, figures(reopened.parity));
            assertTrue(parityPart().archived(), "a snapshot is saved as soon as the tracker is open");
            assertEquals(before.get(2), storedParityTrades(settings()));
        }
    }

    @Test
    void theTradesOfARolledBackGroupStayInMemoryAndTheNextSnapshotStoresThem() throws SQLException {
        WatchedStore[] watched = new WatchedStore[1];
        List<Object> expected;
        try (Opened first = open(inner -> watched[0] = WatchedStore.withOutbox(inner))) {
            record(first.live, 0, 10);
            long events = first.live.eventCount();
            long stored = storedParityTrades(settings());
            assertTrue(first.parity.completedTrades() > stored, "trades completed since the last snapshot");
            first.live.beginGroup();
            record(first.live, 10, 30); // snapshots in the group write those trades, then none twice
            watched[0].failAfterNextBatch = STREAM.events().get(0); // an entry already stored: the group fails
            assertThrows(LiveStoreException.class, () -> STREAM.record(first.live, 30));
            assertFalse(first.live.inGroup());
            assertEquals(events, first.live.eventCount());
            assertEquals(stored, storedParityTrades(settings()), "the group's snapshots were rolled back with it");
            record(first.live, 10, 60);
            expected = figures(first.parity);
        }
        assertEquals(expected.get(2), storedParityTrades(settings()));
        try (Opened reopened = open(UnaryOperator.identity())) {
            assertEquals(expected, figures(reopened.parity));
        }
    }

    @Test
    void aParityTrackerAttachedAgainToANewLiveTrackerKeepsRecordingAndAFreshOneReopensTheSame() {
        ParityTrackerRegistry registry = ParityTrackerRegistry.withSinks(STREAM.paritySettings(dir), STREAM.clock(),
                List.of());
        ParityTracker parity = registry.tracker(CrashStream.STRATEGY);
        STREAM.backtest().forEach(parity::recordBacktest);
        for (int[] stretch : new int[][] {{0, 90}, {90, 200}}) {
            // the second open finds a parity tracker that already holds executions and an archive: it
            // cannot take the stored state nor a new archive, and is kept as it is
            try (LiveExecutionTracker live = LiveExecutionTracker.builder(settings())
                    .store(JdbcLiveEventStore.sqlite(settings().databaseFile())).parity(registry).alertSinks(List.of())
                    .clock(STREAM.clock()).snapshotEvery(7).open()) {
                record(live, stretch[0], stretch[1]);
            }
        }
        List<Object> expected = figures(parity);
        try (Opened reopened = open(UnaryOperator.identity())) {
            assertEquals(expected, figures(reopened.parity));
        }
    }

    /** A live tracker with a fresh parity tracker that was given the stream's backtest executions. */
    private record Opened(LiveExecutionTracker live, ParityTracker parity) implements AutoCloseable {
        @Override
        public void close() {
            live.close();
        }
    }

    private Opened open(UnaryOperator<LiveEventStore> store) {
        ParityTrackerRegistry registry = ParityTrackerRegistry.withSinks(STREAM.paritySettings(dir), STREAM.clock(),
                List.of());
        ParityTracker parity = registry.tracker(CrashStream.STRATEGY);
        STREAM.backtest().forEach(parity::recordBacktest);
        LiveExecutionTracker live = LiveExecutionTracker.builder(settings())
                .store(store.apply(JdbcLiveEventStore.sqlite(settings().databaseFile()))).parity(registry)
                .alertSinks(List.of()).clock(STREAM.clock()).snapshotEvery(7).open();
        return new Opened(live, parity);
    }

    private static void record(LiveExecutionTracker live, int from, int to) {
        for (int i = from; i < to; i++) {
            STREAM.record(live, i);
        }
    }

    private LiveTrackerSettings settings() {
        return STREAM.settings(dir);
    }

    /** Status, reason, completed count, unmatched trades, every daily report and every trade's answer. */
    private static List<Object> figures(ParityTracker parity) {
        List<Object> figures = new ArrayList<>(List.of(parity.status(), parity.disableReason(),
                parity.completedTrades(), parity.unmatched()));
        STREAM.days().forEach(day -> figures.add(parity.dailyReport(day)));
        STREAM.backtest().forEach(b -> figures.add(parity.trade(b.orderId())));
        return figures;
    }

    private StateSnapshots.ParityPart parityPart() {
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqliteReadOnly(settings().databaseFile())) {
            return StateSnapshots.decode(store.latestSnapshot().orElseThrow(), settings()).parity().orElseThrow();
        }
    }

    private static long storedParityTrades(LiveTrackerSettings settings) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + settings.databaseFile());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM parity_trades")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.crash.CrashStream;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import dev.parallax.live.store.PostgresTestServer;
import dev.parallax.sim.api.Fill;
import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParitySummary;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.TradeComparison;
import dev.parallax.parity.UnmatchedTrades;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random streams of fills and marks (with a random share of the fills lacking a backtest
 * twin, and a drift that disables the strategy part-way) recorded with a parity tracker attached,
 * a snapshot every few events, commit groups now and then, and restarts at random moments: a
 * tracker opened from the newest snapshot, with its parity state restored and only the fills after
 * it replayed, holds the same parity figures (status and reason, matched and unmatched trades,
 * every daily report with its cumulative drift, the summary, every completed trade) as a full
 * replay of every stored fill into a fresh parity tracker. On SQLite and on PostgreSQL.
 */
class ParitySnapshotReplayPropertyTest {

    private static final long SEED = 20261216L;

    @TempDir
    Path temp;

    @Test
    void parityRestoredFromTheSnapshotEqualsAFullReplayOnSqlite() {
        check(6, 220, (name, dir) -> new Stores(
                () -> JdbcLiveEventStore.sqlite(dir.resolve("live.db")),
                () -> JdbcLiveEventStore.sqliteReadOnly(dir.resolve("live.db"))));
    }

    @Test
    void parityRestoredFromTheSnapshotEqualsAFullReplayOnPostgresql() {
        PostgresDatabase db = PostgresTestServer.database();
        check(3, 160, (name, dir) -> {
            PostgresTestServer.dropStrategies(db, name);
            return new Stores(() -> JdbcLiveEventStore.postgresql(db, name),
                    () -> JdbcLiveEventStore.postgresqlReadOnly(db, name));
        });
    }

    /** How one stream's store is opened for writing and for reading. */
    private record Stores(Supplier<LiveEventStore> writer, Supplier<LiveEventStore> reader) {
    }

    @FunctionalInterface
    private interface StoreChoice {
        Stores of(String strategy, Path dir);
    }

    private void check(int streams, int events, StoreChoice choice) {
        SplittableRandom seeds = new SplittableRandom(SEED);
        int comparisons = 0;
        int restored = 0;
        int disabled = 0;
        for (int s = 0; s < streams; s++) {
            String strategy = "parity-snap-" + s;
            Path dir = temp.resolve(strategy);
            Run run = new Run(seeds.split(), CrashStream.generate(seeds.nextLong(), events), strategy, dir,
                    choice.of(strategy, dir));
            for (int i = 0; i < events; i++) {
                run.record(i);
                if (run.random.nextInt(30) == 0) {
                    restored += run.compareWithFullReplay(strategy + " event " + i) ? 1 : 0;
                    comparisons++;
                }
                if (run.random.nextInt(50) == 0) {
                    run.reopen();
                }
            }
            run.endGroup();
            restored += run.compareWithFullReplay(strategy + " at the end") ? 1 : 0;
            run.reopen();
            restored += run.compareWithFullReplay(strategy + " after closing") ? 1 : 0;
            comparisons += 2;
            disabled += run.parity.isDisabled() ? 1 : 0;
            run.live.close();
        }
        assertTrue(comparisons >= streams * 4, "comparisons " + comparisons);
        assertTrue(restored > comparisons / 2, "comparisons whose parity came from a snapshot " + restored
                + " of " + comparisons);
        assertTrue(disabled > 0, "streams whose strategy was disabled " + disabled);
    }

    /** One stream recorded through a live tracker with a parity tracker attached. */
    private static final class Run {
        private final SplittableRandom random;
        private final CrashStream stream;
        private final String strategy;
        private final Path dir;
        private final Stores stores;
        private final int snapshotEvery;
        private final List<Fill> backtest = new ArrayList<>();
        private int references;
        private LiveExecutionTracker live;
        private ParityTracker parity;

        Run(SplittableRandom random, CrashStream stream, String strategy, Path dir, Stores stores) {
            this.random = random;
            this.stream = stream;
            this.strategy = strategy;
            this.dir = dir;
            this.stores = stores;
            this.snapshotEvery = 1 + random.nextInt(30);
            for (Fill b : stream.backtest()) {
                if (random.nextInt(8) > 0) {
                    backtest.add(b);
                }
            }
            open();
        }

        private LiveTrackerSettings settings() {
            return LiveTrackerSettings.of(strategy, dir, CrashStream.BALANCE);
        }

        /** A parity tracker in {@code folder} that was given the stream's backtest executions. */
        private ParityTrackerRegistry registry(String folder) {
            ParityTrackerRegistry registry = ParityTrackerRegistry.withSinks(stream.paritySettings(dir.resolve(folder)),
                    stream.clock(), List.of());
            backtest.forEach(registry.tracker(strategy)::recordBacktest);
            return registry;
        }

        private void open() {
            ParityTrackerRegistry registry = registry("writer");
            parity = registry.tracker(strategy);
            live = LiveExecutionTracker.builder(settings()).store(stores.writer().get()).parity(registry)
                    .alertSinks(List.of()).clock(stream.clock()).snapshotEvery(snapshotEvery).open();
        }

        void reopen() {
            live.close();
            open();
        }

        void record(int index) {
            if (!live.inGroup() && random.nextInt(12) == 0) {
                live.beginGroup();
            }
            stream.record(live, index);
            if (live.inGroup() && random.nextInt(4) == 0) {
                live.commitGroup();
            }
        }

        void endGroup() {
            if (live.inGroup()) {
                live.commitGroup();
            }
        }

        /**
         * Opens a read-only tracker on the store as it stands with a new parity tracker (sharing the
         * writer's state file) and a second one without snapshots and with parity state of its own,
         * and checks their parity figures agree; true when the first took its parity from a snapshot.
         */
        boolean compareWithFullReplay(String where) {
            endGroup();
            ParityTrackerRegistry fromSnapshot = registry("writer");
            ParityTrackerRegistry replayed = registry("reference-" + references++);
            WatchedStore watched = WatchedStore.watching(stores.reader().get());
            try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(settings()).store(watched)
                    .parity(fromSnapshot).alertSinks(List.of()).clock(stream.clock()).open();
                 LiveExecutionTracker full = LiveExecutionTracker.builder(settings())
                         .store(WatchedStore.withoutSnapshots(stores.reader().get())).parity(replayed)
                         .alertSinks(List.of()).clock(stream.clock()).open()) {
                boolean restored = watched.reads.stream().noneMatch(r -> r.startsWith("forEachFill"))
                        && watched.reads.stream().noneMatch(r -> r.equals("load"));
                assertEquals(full.eventCount(), reopened.eventCount(), where + ": event count");
                assertSameParity(replayed.tracker(strategy), fromSnapshot.tracker(strategy), where);
                assertSameParity(replayed.tracker(strategy), parity, where + " (the writer)");
                return restored;
            }
        }

        private void assertSameParity(ParityTracker expected, ParityTracker actual, String where) {
            assertEquals(expected.status(), actual.status(), where + ": status");
            assertEquals(expected.disableReason(), actual.disableReason(), where + ": disable reason");
            assertEquals(expected.completedTrades(), actual.completedTrades(), where + ": completed trades");
            assertEquals(expected.unmatched(), actual.unmatched(), where + ": unmatched trades");
            List<LocalDate> days = stream.days();
            for (LocalDate day : days) {
                DailyParityReport report = expected.dailyReport(day);
                assertEquals(report, actual.dailyReport(day), where + ": report of " + day);
            }
            ParitySummary summary = expected.summary(days.get(days.size() - 1));
            assertEquals(summary, actual.summary(days.get(days.size() - 1)), where + ": summary");
            for (Fill b : stream.backtest()) {
                Optional<TradeComparison> trade = expected.trade(b.orderId());
                assertEquals(trade, actual.trade(b.orderId()), where + ": trade " + b.orderId());
            }
            UnmatchedTrades unmatched = actual.unmatched();
            assertTrue(expected.status() != ParityStatus.DISABLED || actual.isDisabled(), where + ": disabled");
            assertEquals(expected.unmatched().count(), unmatched.count(), where);
        }
    }
}

package dev.parallax.live.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveEventStore;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.live.store.PostgresDatabase;
import dev.parallax.live.store.PostgresTestServer;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the parity tracker's completed trades kept in the store ({@code parity_trades}), restarts
 * change nothing: recorded in stretches, each ended by a close or by a simulated crash (SQLite: the
 * files of the open database copied and the copy opened, as after a kill; PostgreSQL: the writer's
 * sessions terminated by the server), and reopened with a fresh parity tracker, the stream gives the
 * figures of one uninterrupted run in memory: live snapshot, parity status and reason, matched and
 * unmatched trades, every daily report, the summary and {@code trade(id)} of every trade. The
 * store holds completed trades, so they really come from it.
 */
class ArchivedParityRestartTest {

    private static final CrashStream STREAM = CrashStream.generate(7_716, 700);
    private static final int[] STOPS = {130, 260, 400, 555, 700};

    @TempDir
    Path temp;

    /** How one database is opened, crashed and inspected. */
    private interface Backend {
        LiveEventStore openWriter(Path dir);

        /** Leaves {@code live} as a crash would and returns the data folder a restart opens. */
        Path crash(LiveExecutionTracker live, Path dir) throws Exception;

        long storedParityTrades(Path dir) throws SQLException;
    }

    @Test
    void sqliteRestartedAfterClosesAndCrashesMatchesAnUninterruptedRun() throws Exception {
        check(new Backend() {
            @Override
            public LiveEventStore openWriter(Path dir) {
                return JdbcLiveEventStore.sqlite(STREAM.settings(dir).databaseFile());
            }

            @Override
            public Path crash(LiveExecutionTracker live, Path dir) throws IOException {
                Path copy = dir.resolveSibling(dir.getFileName() + "-after-crash");
                RepeatedCrashTest.copyTree(dir, copy);
                live.close();
                return copy;
            }

            @Override
            public long storedParityTrades(Path dir) throws SQLException {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + STREAM.settings(dir).databaseFile())) {
                    return count(c, "parity_trades");
                }
            }
        });
    }

    @Test
    void postgresqlRestartedAfterClosesAndKilledSessionsMatchesAnUninterruptedRun() throws Exception {
        PostgresDatabase db = PostgresTestServer.withoutStrategies(CrashStream.STRATEGY);
        check(new Backend() {
            @Override
            public LiveEventStore openWriter(Path dir) {
                return JdbcLiveEventStore.postgresql(db, CrashStream.STRATEGY);
            }

            @Override
            public Path crash(LiveExecutionTracker live, Path dir) throws SQLException {
                try (Connection c = PostgresTestServer.connect(db); Statement st = c.createStatement()) {
                    st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE "
                            + "'parallax live % " + CrashStream.STRATEGY + "'");
                }
                try {
                    live.close(); // the store is gone: the snapshot on close fails and is only logged
                } catch (RuntimeException expected) {
                    // a crashed writer says nothing more
                }
                return dir;
            }

            @Override
            public long storedParityTrades(Path dir) throws SQLException {
                try (Connection c = PostgresTestServer.connect(db)) {
                    return count(c, "\"live_" + CrashStream.STRATEGY + "\".parity_trades");
                }
            }
        });
    }

    private void check(Backend backend) throws Exception {
        Path dir = temp.resolve("data");
        int recorded = 0;
        try (CleanReplay clean = new CleanReplay(STREAM, temp.resolve("clean"))) {
            Restarted run = Restarted.open(backend, dir);
            for (int s = 0; s < STOPS.length; s++) {
                while (recorded < STOPS[s]) {
                    STREAM.record(run.live, recorded++);
                }
                boolean crash = s % 2 == 0;
                if (crash) {
                    dir = backend.crash(run.live, dir);
                } else {
                    run.live.close();
                }
                run = Restarted.open(backend, dir);
                clean.advanceTo(recorded);
                String where = (crash ? "crash" : "close") + " after " + recorded + " events";
                assertEquals(clean.figures(), Figures.of(run.live, run.parity, STREAM), where);
                long stored = backend.storedParityTrades(dir);
                assertTrue(stored > 0 && stored <= run.parity.completedTrades(), where + ": " + stored
                        + " parity trades stored of " + run.parity.completedTrades());
            }
            run.live.close();
            assertEquals(run.parity.completedTrades(), backend.storedParityTrades(dir),
                    "closing stores every completed trade");
        }
    }

    /** A live tracker and its parity tracker opened as a restart opens them. */
    private record Restarted(LiveExecutionTracker live, ParityTracker parity) {

        static Restarted open(Backend backend, Path dir) {
            ParityTrackerRegistry registry = ParityTrackerRegistry.withSinks(STREAM.paritySettings(dir), STREAM.clock(),
                    List.of());
            ParityTracker parity = registry.tracker(CrashStream.STRATEGY);
            STREAM.backtest().forEach(parity::recordBacktest);
            LiveExecutionTracker live = LiveExecutionTracker.builder(STREAM.settings(dir))
                    .store(backend.openWriter(dir)).parity(registry).alertSinks(List.of()).clock(STREAM.clock())
                    .snapshotEvery(CrashStream.SNAPSHOT_EVERY).open();
            return new Restarted(live, parity);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

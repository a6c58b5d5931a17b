package dev.parallax.benchmarks;

import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveExit;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Sustained recorded fills per second of the live tracker with its default durable settings: the
 * SQLite file in WAL mode with {@code synchronous=FULL}, one transaction per fill, fsynced before
 * the call returns. Not a JMH benchmark: the figure is bounded by the disk's fsync, not by code the
 * JIT can optimise, so a plain timed loop measures it honestly.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.parallax.benchmarks.LiveTrackerThroughput [seconds] [folder]</pre>
 *
 * For each scenario (one writer; four writers; one writer feeding a parity tracker) it records
 * entry and exit fills for {@code seconds} (10 by default) into a fresh database in {@code folder}
 * (a temporary folder by default: put it on the disk you will run on), and prints fills per
 * second and the mean time per fill, after a short warm-up run for the JIT. The folder's databases are deleted afterwards.
 *
 * <p>The rate is bounded by the disk's fsync, which other work on the machine shares, so the same
 * build gives very different figures minutes apart. Before and after the tracker's scenarios the
 * benchmark therefore measures the disk's own ceiling in the same folder: sqlite-jdbc alone, the
 * same pragmas (WAL, {@code synchronous=FULL}), one prepared 200-byte row insert per transaction.
 * The one-writer rate is printed as a share of the mean of the two ceilings.
 */
public final class LiveTrackerThroughput {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    private LiveTrackerThroughput() {
    }

    /** Entry point; optional arguments: seconds per scenario, folder for the databases. */
    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        Path folder = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("parallax-live-throughput");
        System.out.printf(Locale.ROOT, "live tracker, default durable settings (WAL, synchronous=FULL), %s s "
                + "per scenario, databases in %s%n", seconds, folder.toAbsolutePath());
        run("warm-up (ignore)", folder.resolve("warm-up"), 1, true, Math.min(seconds, 3));
        double before = ceiling(folder.resolve("ceiling-before.db"), seconds);
        double one = run("1 writer", folder.resolve("one"), 1, false, seconds);
        run("4 writers", folder.resolve("four"), 4, false, seconds);
        run("1 writer + parity", folder.resolve("parity"), 1, true, seconds);
        double after = ceiling(folder.resolve("ceiling-after.db"), seconds);
        System.out.printf(Locale.ROOT, "1 writer at %.0f%% of the disk's ceiling (mean of %,.0f and %,.0f commits/s)%n",
                100 * one / ((before + after) / 2), before, after);
        if (args.length <= 1) {
            delete(folder);
        }
    }

    /**
     * Commits per second of sqlite-jdbc alone on {@code file} with the tracker's pragmas, one
     * prepared 200-byte row insert per transaction, for {@code seconds}.
     */
    private static double ceiling(Path file, double seconds) throws SQLException {
        String row = "x".repeat(200);
        long commits = 0;
        double elapsed;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT NOT NULL)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t (b) VALUES (?)")) {
                long start = System.nanoTime();
                long deadline = start + (long) (seconds * 1e9);
                while (System.nanoTime() < deadline) {
                    insert.setString(1, row);
                    insert.executeUpdate();
                    c.commit();
                    commits++;
                }
                elapsed = (System.nanoTime() - start) / 1e9;
            }
        }
        System.out.printf(Locale.ROOT, "%-18s %,10d commits in %5.1f s = %,8.0f commits/s (sqlite-jdbc alone)%n",
                "disk ceiling", commits, elapsed, commits / elapsed);
        return commits / elapsed;
    }

    private static double run(String name, Path dir, int writers, boolean parity, double seconds) throws Exception {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        LiveTrackerSettings settings = LiveTrackerSettings.of("throughput", dir, 1_000_000_000);
        var builder = LiveExecutionTracker.builder(settings).alertSinks(List.of()).clock(clock);
        if (parity) {
            builder.parity(new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir.resolve("parity"))
                    .alertLogFolder(dir.resolve("logs")).build(), clock, List.of()).tracker("throughput"));
        }
        AtomicLong fills = new AtomicLong();
        long deadline;
        long start;
        try (LiveExecutionTracker tracker = builder.open()) {
            start = System.nanoTime();
            deadline = start + (long) (seconds * 1e9);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int worker = w;
                Thread thread = new Thread(() -> {
                    for (long i = 0; System.nanoTime() < deadline; i++) {
                        String id = "W" + worker + "-" + i;
                        tracker.recordEntry(LiveEntry.of(id, "BTC/USD", Side.BUY, 0.01, 50_000, 0.25, T0));
                        tracker.recordExit(new LiveExit(id, LiveEntry.liveFill(id + "-x", "BTC/USD", Side.SELL, 0.01,
                                50_010, 0.25, T0, 0, 0)));
                        fills.addAndGet(2);
                    }
                }, "writer-" + w);
                thread.start();
                threads.add(thread);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-18s %,10d fills in %5.1f s = %,8.0f fills/s (%.3f ms per fill)%n", name,
                fills.get(), elapsed, fills.get() / elapsed, elapsed * 1e3 / fills.get());
        return fills.get() / elapsed;
    }

    /** Deletes {@code root} and everything under it. */
    static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

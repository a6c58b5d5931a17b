package dev.parallax.benchmarks;

import dev.parallax.live.EventOrigin;
import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveExit;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long a live tracker takes to open a database of 0, 100,000 and 1,000,000 events, with and
 * without a snapshot of its state, and how fast it then records fills the way {@code parallax live}
 * does (each with an input id, one durable transaction each, {@code synchronous=FULL}). A plain
 * timed run, not JMH: opening is dominated by reading SQLite and recording by the disk's fsync.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.parallax.benchmarks.LiveDatabaseOpenTime [folder]</pre>
 *
 * The stored events are closed trades (an entry and a full exit with an exit id each, one trade every
 * {@value #MINUTES_PER_TRADE} minutes), written in batches of
 * 10,000 per transaction to build the database quickly, after a warm-up run for the JIT. Each
 * database is then opened three times: without its snapshot (a full replay; closing saves the
 * snapshot), from the snapshot, and once more from the snapshot to record {@value #FILLS_RECORDED}
 * fills, with the default snapshot settings (a snapshot every 10,000 events, spaced further apart
 * once it is larger than 10 MB). After each open the heap in use after a full GC is printed, and
 * the resident set size from {@code /proc/self/status}. It is opened twice more with a fresh parity tracker
 * attached that was first given a backtest twin of every stored fill (a backtest {@code Fill} with
 * the entry's trade id or the exit's id), so every fill completes a parity trade: first from the
 * snapshot saved without parity, so every stored fill is offered to parity and the completed trades go
 * to the store (a snapshot is saved as soon as the tracker is open), then from that snapshot, which
 * restores parity and offers it only the fills after it (none). Then {@value #FILLS_RECORDED} more fills are
 * recorded in commit groups of {@value #GROUP} ({@code --commit-every 100}). The folder is a temporary one,
 * deleted afterwards, unless one is given.
 */
public final class LiveDatabaseOpenTime {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");
    private static final int FILLS_RECORDED = 20_000;
    private static final int BATCH = 10_000;
    /** Events per commit group in the group-commit phase, as {@code parallax live --commit-every 100}. */
    private static final int GROUP = 100;
    /** Minutes between two stored trades, so that a day holds 288 of them. */
    private static final int MINUTES_PER_TRADE = 5;

    private LiveDatabaseOpenTime() {
    }

    /** Entry point; optional argument: folder for the databases. */
    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
                : Files.createTempDirectory("parallax-live-open");
        System.out.printf(Locale.ROOT, "live tracker open and record, databases in %s%n", folder.toAbsolutePath());
        run(folder.resolve("warm-up"), 20_000, "warm-up (ignore)");
        for (int events : new int[] {0, 100_000, 1_000_000}) {
            run(folder.resolve("db-" + events), events, String.format(Locale.ROOT, "%,d events", events));
        }
        if (args.length == 0) {
            LiveTrackerThroughput.delete(folder);
        }
    }

    private static void run(Path dir, int events, String name) {
        LiveTrackerSettings settings = LiveTrackerSettings.of("open", dir, 1_000_000_000);
        Instant end = tradeTime(events / 2);
        Clock clock = Clock.fixed(end, ZoneOffset.UTC);
        LiveExecutionTracker.builder(settings).alertSinks(List.of()).clock(clock).open().close();
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(settings.databaseFile())) {
            List<LiveEvent> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < events / 2; i++) {
                String id = "S" + i;
                Instant t = tradeTime(i);
                batch.add(LiveEntry.of(id, "BTC/USD", Side.BUY, 0.01, 50_000, 0.25, t));
                batch.add(new LiveExit(id, LiveEntry.liveFill(id + "-x", "BTC/USD", Side.SELL, 0.01, 50_010, 0.25, t, 0, 0)));
                if (batch.size() >= BATCH) {
                    store.append(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                store.append(batch);
            }
        }
        long start = System.nanoTime();
        LiveExecutionTracker full = LiveExecutionTracker.builder(settings).alertSinks(List.of()).clock(clock).open();
        double replay = seconds(start);
        long heapReplay = heapMegabytes();
        start = System.nanoTime();
        full.close();
        double save = seconds(start);
        full = null;
        start = System.nanoTime();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).alertSinks(List.of()).clock(clock)
                .open()) {
            double open = seconds(start);
            System.out.printf(Locale.ROOT, "%-18s open: full replay %6.2f s (heap %4d MB), snapshot saved on close in "
                    + "%5.2f s, from snapshot %6.2f s (heap %4d MB, RSS %4d MB)%n", name, replay, heapReplay, save,
                    open, heapMegabytes(), rssMegabytes());
        }
        for (String open : new String[] {"without parity state (every fill offered)",
            "from the snapshot's parity state"}) {
            ParityTrackerRegistry registry = new ParityTrackerRegistry(ParitySettings.builder()
                    .dataFolder(dir.resolve("parity")).alertLogFolder(dir.resolve("logs")).build(), clock, List.of());
            start = System.nanoTime();
            feedTwins(registry.tracker("open"), events);
            double twins = seconds(start);
            long heapTwins = heapMegabytes();
            start = System.nanoTime();
            LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).alertSinks(List.of()).clock(clock)
                    .parity(registry.tracker("open")).open();
            double seconds = seconds(start);
            long heap = heapMegabytes();
            start = System.nanoTime();
            tracker.close();
            System.out.printf(Locale.ROOT, "%-18s open with a parity tracker attached, %s: %6.2f s (heap %4d MB; "
                    + "twins given in %5.2f s, heap %4d MB before the open, %,d matched trades); closing %5.2f s%n",
                    name, open, seconds, heap, twins, heapTwins, registry.tracker("open").completedTrades(),
                    seconds(start));
        }
        start = System.nanoTime();
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(settings).alertSinks(List.of()).clock(clock)
                .open()) {
            long recordStart = System.nanoTime();
            for (int i = 0; i < FILLS_RECORDED / 2; i++) {
                String id = "R" + i;
                tracker.record(LiveEntry.of(id, "BTC/USD", Side.BUY, 0.01, 50_000, 0.25, end), EventOrigin.of(id));
                tracker.record(LiveExit.notCompared(id, "BTC/USD", Side.SELL, 0.01, 50_010, 0.25, end), EventOrigin.of("exit-" + id));
            }
            double record = seconds(recordStart);
            long groupStart = System.nanoTime();
            for (int i = 0; i < FILLS_RECORDED / 2; i++) {
                if (i % (GROUP / 2) == 0) {
                    tracker.beginGroup();
                }
                String id = "G" + i;
                tracker.record(LiveEntry.of(id, "BTC/USD", Side.BUY, 0.01, 50_000, 0.25, end), EventOrigin.of(id));
                tracker.record(LiveExit.notCompared(id, "BTC/USD", Side.SELL, 0.01, 50_010, 0.25, end), EventOrigin.of("exit-" + id));
                if (i % (GROUP / 2) == GROUP / 2 - 1) {
                    tracker.commitGroup();
                }
            }
            double grouped = seconds(groupStart);
            System.out.printf(Locale.ROOT, "%-18s record: %,6.0f fills/s (%.3f ms per fill, snapshots as due), "
                    + "in groups of %d: %,7.0f fills/s; heap %4d MB%n", name, FILLS_RECORDED / record,
                    record * 1e3 / FILLS_RECORDED, GROUP, FILLS_RECORDED / grouped, heapMegabytes());
        }
    }

    /** The time of stored trade {@code i}. */
    private static Instant tradeTime(int i) {
        return T0.plusSeconds(60L * MINUTES_PER_TRADE * i);
    }

    /**
     * Gives {@code parity} the backtest twin of every stored fill: the entry of trade {@code S<i>} and
     * its exit {@code S<i>-x}, a little better than live, made as they are given (none is kept here).
     */
    private static void feedTwins(ParityTracker parity, int events) {
        for (int i = 0; i < events / 2; i++) {
            String id = "S" + i;
            Instant t = tradeTime(i);
            long nanos = t.getEpochSecond() * 1_000_000_000L + t.getNano();
            parity.recordBacktest(new Fill(id, "BTC/USD", Side.BUY, 49_999, 0.01, 0.25, FillType.TAKER, 0, 0, nanos,
                    false));
            parity.recordBacktest(new Fill(id + "-x", "BTC/USD", Side.SELL, 50_011, 0.01, 0.25, FillType.TAKER, 0, 0,
                    nanos, false));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The heap in use after a full garbage collection, in MB. */
    static long heapMegabytes() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    /** The resident set size of this process from {@code /proc/self/status}, or -1 where there is none. */
    static long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}

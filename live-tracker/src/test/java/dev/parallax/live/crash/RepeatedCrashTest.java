package dev.parallax.live.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.LiveEvent;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.RiskEvent;
import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.parity.StrategyName;
import dev.parallax.parity.state.DisableState;
import dev.parallax.parity.state.DisableStateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records one seeded stream of live fills through the live tracker and the parity tracker in a
 * child JVM, SIGKILLs the child at seeded random moments (after a random number of
 * acknowledgements, or after a random time, which may fall while it starts up and replays), and
 * restarts it, round after round, until the whole stream is recorded. After every kill it checks,
 * on a copy of the data folder opened exactly as a restart would open it:
 * <ul>
 *   <li>the child saves a snapshot every {@link CrashStream#SNAPSHOT_EVERY} events, so a restart
 *       opens from the newest snapshot and replays the events after it;</li>
 *   <li>the stored events are exactly the first k events of the stream, where k is the number
 *       acknowledged or at most one more (the call in flight when the child died): every
 *       acknowledged fill is there exactly once, nothing else is;</li>
 *   <li>the live figures (snapshot JSON) and the parity figures (status, reason, matched and
 *       unmatched trades, every daily report, the summary) equal a clean replay of those k events;</li>
 *   <li>once the saved parity state says disabled, or the child acknowledged the disable, it says
 *       disabled after every later crash, and every restarted child starts disabled.</li>
 * </ul>
 */
class RepeatedCrashTest {

    private static final long SEED = 20_240_304L;
    private static final int EVENTS = 1_000;
    private static final int KILLS = 36;
    /** Kills that must land after the disable; more rounds are added when a slow machine needs them. */
    private static final int MIN_KILLS_AFTER_DISABLE = 3;
    private static final int MAX_ACKS_BEFORE_KILL = 60;
    private static final int TIMED_KILL_PERCENT = 25;
    private static final long LINE_TIMEOUT_MILLIS = 30_000;

    @TempDir
    Path temp;

    @Test
    // about 40 s on an idle 2-core machine and 100 s with both cores busy: each of ~37 rounds starts a
    // JVM; a hung child fails sooner, through LINE_TIMEOUT_MILLIS
    @Timeout(480)
    void killedAtRandomMomentsTheTrackersLoseNothingDoubleNothingMatchACleanReplayAndNeverForgetADisable()
            throws Exception {
        CrashStream stream = CrashStream.generate(SEED, EVENTS);
        Path dir = temp.resolve("data");
        Path log = temp.resolve("child-stderr.log");
        SplittableRandom chaos = new SplittableRandom(SEED * 31 + 7);
        DisableStateStore realState = new DisableStateStore(dir.resolve("parity"));
        int stored = 0;
        int kills = 0;
        int timedKills = 0;
        int rounds = 0;
        int killsAfterDisable = 0;
        int startupKills = 0;
        int inFlightKept = 0;
        boolean disabledOnDisk = false;
        long started = System.nanoTime();
        try (CleanReplay clean = new CleanReplay(stream, temp.resolve("clean"))) {
            while (stored < EVENTS) {
                rounds++;
                assertTrue(rounds <= KILLS + 60, "the stream should be recorded after the planned kills");
                RoundOutput seen = new RoundOutput();
                // the planned kills; then, on a machine slow enough that they all came before the disable,
                // kills after a number of acknowledgements (which always make progress) until enough
                // have landed after it
                boolean killed = kills < KILLS || killsAfterDisable < MIN_KILLS_AFTER_DISABLE;
                // A child that will be killed holds before the last event: on a machine fast enough to record
                // the rest of the stream within a timed kill's window, the stream would otherwise be finished
                // before enough kills had landed after the disable. Only the last, unkilled child finishes it.
                ChildRecorder child = ChildRecorder.start(dir, SEED, EVENTS, killed ? EVENTS - 1 : EVENTS, log);
                if (killed && kills < KILLS && chaos.nextInt(100) < TIMED_KILL_PERCENT) {
                    long deadline = System.nanoTime() + chaos.nextLong(20, 900) * 1_000_000L;
                    while (System.nanoTime() < deadline && !child.ended() && !seen.held) {
                        String line = child.next(1);
                        if (line != null) {
                            seen.read(line);
                        }
                    }
                    timedKills++;
                    seen.readAll(child.kill());
                } else if (killed) {
                    int acks = 1 + chaos.nextInt(MAX_ACKS_BEFORE_KILL);
                    while (seen.acks < acks && !seen.held) {
                        seen.read(line(child, log));
                    }
                    seen.readAll(child.kill());
                } else {
                    while (!seen.done) {
                        seen.read(line(child, log));
                    }
                    seen.readAll(child.awaitExit());
                    assertEquals(0, child.exitValue(), "the last child should finish cleanly; see " + log);
                }
                if (killed) {
                    kills++;
                    killsAfterDisable += disabledOnDisk ? 1 : 0;
                }

                if (seen.readyStored >= 0) {
                    assertEquals(stored, seen.readyStored, "a restarted child replayed another number of events");
                    assertEquals(clean.disabled(), seen.readyDisabled,
                            "a restarted child must start disabled exactly when the clean replay is");
                }
                boolean nowDisabled = realState.load(StrategyName.of(CrashStream.STRATEGY))
                        .map(DisableState::disabled).orElse(false);
                assertTrue(nowDisabled || !disabledOnDisk, "a crash reversed the saved disable (round " + rounds + ")");
                assertTrue(nowDisabled || seen.disabledAt < 0, "a crash lost an acknowledged disable (round "
                        + rounds + ")");
                disabledOnDisk |= nowDisabled;

                int acknowledged = Math.max(stored, seen.lastAck + 1);
                startupKills += killed && seen.readyStored < 0 ? 1 : 0;
                stored = checkAgainstCleanReplay(stream, clean, dir, acknowledged, rounds);
                inFlightKept += stored > acknowledged ? 1 : 0;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(clean.disabledAt() >= stream.driftFrom(), "the drift should disable the strategy, at "
                    + clean.disabledAt());
            assertTrue(killsAfterDisable >= MIN_KILLS_AFTER_DISABLE,
                    "too few kills after the disable to test it: " + killsAfterDisable);
            System.out.printf("RepeatedCrashTest: %d events recorded over %d rounds, survived %d SIGKILLs "
                            + "(%d at a random time, %d before the child was ready, %d after the disable at event %d); "
                            + "%d times the unacknowledged event in flight was kept; %.1f s%n",
                    EVENTS, rounds, kills, timedKills, startupKills, killsAfterDisable, clean.disabledAt(),
                    inFlightKept, seconds);
        }
    }

    /**
     * Opens a copy of {@code dir} as a restart would, checks its events and figures against the clean
     * replay, and returns how many stream events it holds.
     */
    private int checkAgainstCleanReplay(CrashStream stream, CleanReplay clean, Path dir, int acknowledged, int round)
            throws IOException {
        Path copy = temp.resolve("inspect-" + round);
        copyTree(dir, copy);
        List<LiveEvent> events;
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(copy.resolve(CrashStream.STRATEGY + "_live.db"))) {
            events = store.load().stream().filter(e -> !(e instanceof RiskEvent)).toList();
            // the restart below opens from this snapshot and replays only the events after it
            assertTrue(events.size() < CrashStream.SNAPSHOT_EVERY || store.latestSnapshot().isPresent(),
                    "round " + round + ": " + events.size() + " events are stored but no snapshot");
        }
        int k = events.size();
        assertTrue(k >= acknowledged && k <= acknowledged + 1, "round " + round + ": " + acknowledged
                + " events were acknowledged, but " + k + " are stored");
        assertEquals(stream.events().subList(0, k), events, "round " + round
                + ": the stored events are not the stream's first " + k);

        clean.advanceTo(k);
        ParityTrackerRegistry registry = new ParityTrackerRegistry(stream.paritySettings(copy), stream.clock(),
                List.of());
        ParityTracker parity = registry.tracker(CrashStream.STRATEGY);
        stream.backtest().forEach(parity::recordBacktest);
        try (LiveExecutionTracker live = LiveExecutionTracker.builder(stream.settings(copy)).parity(registry)
                .clock(stream.clock()).open()) {
            Figures restarted = Figures.of(live, parity, stream);
            assertNotNull(restarted);
            assertEquals(clean.figures(), restarted, "round " + round + ": figures after " + k
                    + " events differ from a clean replay");
        }
        deleteTree(copy);
        return k;
    }

    private static String line(ChildRecorder child, Path log) throws InterruptedException, IOException {
        String line = child.next(LINE_TIMEOUT_MILLIS);
        if (line == null) {
            child.kill();
            throw new AssertionError("the child recorder stopped or hung; its stderr:\n" + Files.readString(log));
        }
        return line;
    }

    /** Copies the files below {@code from} to {@code to}: what a crashed process left, for a restart to open. */
    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

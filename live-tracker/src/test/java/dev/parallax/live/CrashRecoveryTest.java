package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.store.JdbcLiveEventStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {

    private static final int ACKS_BEFORE_KILL = 150;

    @TempDir
    Path dir;

    private volatile Process child;

    /** The child records forever: never leave it running when the test ended before killing it. */
    @AfterEach
    void killTheChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.toHandle().destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    // in its own thread: a read from the pipe cannot be interrupted, so a child that stopped printing
    // without exiting would otherwise block the build instead of failing the test (killTheChild ends it)
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyEventAChildJvmAcknowledgedBeforeItWasKilledIsThereExactlyOnce() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingRecorder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<String> ackedEntries = new LinkedHashSet<>();
        Set<String> ackedExits = new LinkedHashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (ackedEntries.size() + ackedExits.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
                acknowledge(line, ackedEntries, ackedExits);
            }
            // SIGKILL on Linux and macOS: no shutdown hooks, no close. Through the handle, because
            // Process.destroyForcibly also closes this side of the pipe and its unread lines.
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
            // The child kept recording while this side read and killed it; whatever it acknowledged in
            // that window is still in the pipe and counts as acknowledged too.
            while ((line = out.readLine()) != null) {
                acknowledge(line, ackedEntries, ackedExits);
            }
        }
        assertTrue(ackedEntries.size() + ackedExits.size() >= ACKS_BEFORE_KILL, "the child stopped early");

        Map<String, Integer> entriesPerTrade = new HashMap<>();
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(dir.resolve("crash_live.db"))) {
            for (LiveEvent event : store.load()) {
                if (event instanceof LiveEntry entry) {
                    entriesPerTrade.merge(entry.tradeId(), 1, Integer::sum);
                }
            }
        }
        try (LiveExecutionTracker tracker = LiveExecutionTracker.builder(
                LiveTrackerSettings.of("crash", dir, 10_000)).alertSinks(List.of()).open()) {
            for (String id : ackedEntries) {
                assertEquals(1, entriesPerTrade.get(id), "entry " + id + " must be stored exactly once");
            }
            for (String id : ackedExits) {
                assertTrue(tracker.trade(id).orElseThrow().closed(), "acknowledged exit of " + id + " is missing");
            }
            int stored = tracker.trades().size();
            assertTrue(stored == ackedEntries.size() || stored == ackedEntries.size() + 1,
                    "at most the one entry in flight when the child died may be there unacknowledged, found "
                            + stored + " trades for " + ackedEntries.size() + " acknowledged entries");
            for (TradeRecord trade : tracker.trades()) {
                assertFalse(trade.openSize() < 0, trade.tradeId());
                assertEquals(trade.closed() ? 0.01 : 0, trade.exitedSize(), 1e-12, trade.tradeId());
            }
            AccountFigures account = tracker.account();
            assertEquals(account.initialBalance() + account.realizedPnl(), account.balance(), 1e-9);
            assertEquals(account.balance() + account.unrealizedPnl(), account.equity(), 1e-9);
        }
    }

    private static void acknowledge(String line, Set<String> ackedEntries, Set<String> ackedExits) {
        String[] parts = line.split(" ");
        (parts[1].equals("ENTRY") ? ackedEntries : ackedExits).add(parts[2]);
    }
}

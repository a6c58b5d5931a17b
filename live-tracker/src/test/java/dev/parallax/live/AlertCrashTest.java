package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.alert.AlertLogFileSink;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An alert committed with its event survives a SIGKILL before delivery and is delivered exactly once. */
class AlertCrashTest {

    @TempDir
    Path dir;

    private volatile Process child;

    @AfterEach
    void killTheChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.toHandle().destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTripAlertCommittedButNotDeliveredWhenTheWriterWasKilledIsDeliveredOnceAfterReopening() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AlertCrashRecorder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("RECORDED true", out.readLine(), "the child tripped the breaker");
            assertEquals("SENDING", out.readLine(), "the child's sender is stuck in its sink");
            child.toHandle().destroyForcibly(); // SIGKILL: no close, no drain
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
        }

        AlertLogFileSink file = new AlertLogFileSink(dir.resolve("logs"));
        LiveTrackerSettings settings = Trackers.settings(dir);
        try (LiveExecutionTracker reopened = LiveExecutionTracker.builder(settings).alertSinks(List.of(file)).open()) {
            assertTrue(reopened.breaker().tripped());
            waitForLines(file.file(), 1);
        }
        try (LiveExecutionTracker again = LiveExecutionTracker.builder(settings).alertSinks(List.of(file)).open()) {
            Thread.sleep(300); // a sender that wrongly resent would have done so by now
        }

        List<String> lines = Files.readAllLines(file.file());
        assertEquals(1, lines.size(), "delivered exactly once: " + lines);
        JsonNode alert = new ObjectMapper().readTree(lines.get(0));
        assertEquals("RISK", alert.get("source").textValue());
        assertEquals("DAILY_LOSS_BREAKER_TRIPPED", alert.get("kind").textValue());
        assertEquals(Trackers.STRATEGY, alert.get("strategy").textValue());
    }

    private static void waitForLines(Path file, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.exists(file) || Files.readAllLines(file).size() < count) {
            assertTrue(System.nanoTime() < deadline, "no alert delivered to " + file + " within 20 s");
            Thread.sleep(20);
        }
    }
}

package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook on 127.0.0.1 that never answers does not hold up {@code parallax live}: the fill that
 * trips the circuit breaker is acknowledged at once, its alert waits in the outbox (shown by the
 * read-only status), and a later recording run delivers it as a risk alert. Each command runs in its
 * own JVM, because the webhook is configured by environment variable.
 */
class HangingWebhookTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTripIsAcknowledgedAtOnceAndItsAlertIsDeliveredByALaterRun() throws Exception {
        try (LocalWebhook webhook = new LocalWebhook()) {
            webhook.hang();
            recordWhileTheWebhookHangsThenDeliver(webhook);
        }
    }

    private void recordWhileTheWebhookHangsThenDeliver(LocalWebhook webhook) throws Exception {
        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, "{\"type\":\"entry\",\"trade_id\":\"T-1\",\"symbol\":\"BTC/USD\",\"side\":\"buy\","
                + "\"size\":0.1,\"price\":50000,\"fee\":1,\"time\":\"2024-01-03T10:00:00Z\"}\n"
                + "{\"type\":\"mark\",\"symbol\":\"BTC/USD\",\"price\":40000,\"time\":\"2024-01-03T11:00:00Z\"}\n");
        String data = dir.resolve("live").toString();

        Process recording = webhook.parallax("live", "--strategy", "bot", "--data-dir", data, "--balance", "10000",
                "--input", fills.toString(), "--ack").start();
        List<Long> ackTimes = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(recording.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (ackTimes.size() < 2 && (line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    ackTimes.add(System.nanoTime());
                }
            }
            out.transferTo(java.io.Writer.nullWriter());
        }
        assertEquals(2, ackTimes.size(), "both fills acknowledged");
        // the webhook's request timeout is 10 s; a post inside recording would hold the second ack that long
        long between = TimeUnit.NANOSECONDS.toMillis(ackTimes.get(1) - ackTimes.get(0));
        assertTrue(between < 5_000, "the tripping mark was acknowledged " + between + " ms after the entry");
        assertTrue(recording.waitFor(60, TimeUnit.SECONDS), "live did not end after its bounded drain");
        assertEquals(0, recording.exitValue());

        String status = run(webhook, "live", "--strategy", "bot", "--data-dir", data);
        assertTrue(status.contains("alerts waiting for delivery: 1 (oldest: risk DAILY_LOSS_BREAKER_TRIPPED"), status);
        assertEquals(List.of(), webhook.posts);

        webhook.answer();
        Path none = Files.writeString(dir.resolve("none.jsonl"), "");
        run(webhook, "live", "--strategy", "bot", "--data-dir", data, "--input", none.toString());
        assertEquals(1, webhook.posts.size(), "the waiting alert was posted once: " + webhook.posts);
        assertTrue(webhook.posts.get(0).contains("[CRITICAL] risk alert DAILY_LOSS_BREAKER_TRIPPED for strategy bot"),
                webhook.posts.get(0));
        String after = run(webhook, "live", "--strategy", "bot", "--data-dir", data);
        assertTrue(!after.contains("alerts waiting for delivery"), after);
    }

    /** Runs {@code parallax args} in a new JVM to its end; its standard output and error. */
    private static String run(LocalWebhook webhook, String... args) throws IOException, InterruptedException {
        Process process = webhook.parallax(args).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "parallax " + String.join(" ", args) + " did not end");
        return out;
    }
}

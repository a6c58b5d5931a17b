package dev.parallax.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook on 127.0.0.1 (a real HTTP server) hears nothing from the read-only commands, which
 * replay a disabled strategy's trades, and hears a live record that trips the circuit breaker.
 * Each command runs in its own JVM, because the webhook is configured by environment variable.
 */
class ReadOnlyCommandsPostNoAlertTest {

    private LocalWebhook webhook;

    @TempDir
    Path dir;

    @BeforeEach
    void startWebhook() throws IOException {
        webhook = new LocalWebhook();
    }

    @AfterEach
    void stopWebhook() {
        webhook.close();
    }

    @Test
    void replaysPostNothingWhileALiveRecordStillPosts() throws Exception {
        Path out = dir.resolve("demo");
        assertEquals(0, CliRun.of("demo", "--out", out.toString()).code());
        String data = out.resolve("data").toString();
        String backtest = out.resolve("backtest.json").toString();
        Path alertLog = out.resolve("data/logs/parity_disable_alerts.log");
        String logBefore = Files.readString(alertLog);

        assertEquals(3, parallax("parity", "--strategy", "sma-cross-demo", "--data-dir", data, "--backtest", backtest,
                "--max-fee-impact-bps", "15"));
        assertEquals(0, parallax("compare", "--backtest", backtest, "--strategy", "sma-cross-demo", "--data-dir", data));
        assertEquals(0, parallax("report", "--backtest", backtest, "--strategy", "sma-cross-demo", "--data-dir", data,
                "--format", "json"));
        assertEquals(0, parallax("live", "--strategy", "sma-cross-demo", "--data-dir", data));
        assertEquals(List.of(), webhook.posts, "the read-only commands posted");
        assertEquals(logBefore, Files.readString(alertLog), "the read-only commands appended to the alert log");

        Path fills = dir.resolve("fills.jsonl");
        Files.writeString(fills, "{\"type\":\"entry\",\"trade_id\":\"T-1\",\"symbol\":\"BTC/USD\",\"side\":\"buy\","
                + "\"size\":0.1,\"price\":50000,\"fee\":1,\"time\":\"2024-01-03T10:00:00Z\"}\n"
                + "{\"type\":\"mark\",\"symbol\":\"BTC/USD\",\"price\":40000,\"time\":\"2024-01-03T11:00:00Z\"}\n");
        assertEquals(0, parallax("live", "--strategy", "bot", "--data-dir", dir.resolve("live").toString(),
                "--balance", "10000", "--input", fills.toString()));
        assertTrue(webhook.posts.stream().anyMatch(p -> p.contains("bot")), "a live record posts its alert: "
                + webhook.posts);
    }

    /** Runs {@code parallax args} in a new JVM whose webhook is this test's server; its exit code. */
    private int parallax(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = webhook.parallax(args).redirectOutput(dir.resolve("child.log").toFile());
        builder.environment().put("PARALLAX_WEBHOOK_MAX_ATTEMPTS", "1");
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("parallax " + String.join(" ", args) + " did not end in 90 s");
        }
        return process.exitValue();
    }
}

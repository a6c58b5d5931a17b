package dev.parallax.adapters.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A webhook that cannot be reached: the retries are logged and the failure thrown without the URL's path or the secret. */
class WebhookSecretsInLogsTest {

    @Test
    void neitherTheLogNorTheExceptionShowsTheTokenInTheUrlOrTheSigningSecret() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort + "/services/T000/B000/xoxb-url-token?key=query-token");
        WebhookSettings settings = new WebhookSettings(url, Optional.of("signing-s3cret"), AlertSeverity.INFO, 3,
                Duration.ofMillis(1), Duration.ofSeconds(2));
        WebhookAlertSink sink = new WebhookAlertSink(settings, HttpClient.newHttpClient(), pause -> { },
                Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC));
        Alert alert = Alert.of("s", AlertKind.DISABLED, AlertSeverity.CRITICAL, "m", "",
                Instant.parse("2024-03-01T12:00:00Z"));

        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        RuntimeException failure;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            failure = assertThrows(RuntimeException.class, () -> sink.send(alert));
        } finally {
            System.setErr(err);
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String everything = log.toString(StandardCharsets.UTF_8) + trace;
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("retrying"), "the retries should be logged: " + log);
        for (String secret : new String[] {"xoxb-url-token", "query-token", "T000", "signing-s3cret"}) {
            assertFalse(everything.contains(secret), secret + " leaked:\n" + everything);
        }
    }
}

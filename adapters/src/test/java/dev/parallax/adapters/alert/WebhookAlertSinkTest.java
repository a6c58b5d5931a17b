package dev.parallax.adapters.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookAlertSinkTest {

    private static final Alert DISABLED = new Alert("alert-7", AlertKind.DISABLED, "btc-momentum",
            AlertSeverity.CRITICAL, "tracking error 101 bps >= limit 100 bps & <rising>", "",
            Instant.parse("2024-03-01T12:00:00Z"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T12:00:05Z"), ZoneOffset.UTC);

    private final List<Duration> sleeps = new ArrayList<>();
    private LoopbackWebhook webhook;

    @BeforeEach
    void start() throws Exception {
        webhook = new LoopbackWebhook();
    }

    @AfterEach
    void stop() {
        webhook.close();
    }

    private WebhookAlertSink sink(Optional<String> secret, AlertSeverity min, int attempts) {
        // a generous request timeout: a request that timed out on a loaded machine would be retried and break
        // the counts of posts and backoffs these tests check
        WebhookSettings settings = new WebhookSettings(webhook.url(), secret, min, attempts, Duration.ofMillis(100),
                Duration.ofSeconds(60));
        return new WebhookAlertSink(settings, HttpClient.newHttpClient(), sleeps::add, CLOCK);
    }

    @Test
    void postsSlackCompatibleJsonWithTheAlertInItsText() throws Exception {
        sink(Optional.empty(), AlertSeverity.INFO, 3).send(DISABLED);
        assertEquals(1, webhook.received.size());
        LoopbackWebhook.Received post = webhook.received.get(0);
        assertTrue(post.header("Content-Type").startsWith("application/json"));
        JsonNode json = new ObjectMapper().readTree(post.body());
        assertEquals("[CRITICAL] parity alert DISABLED for strategy btc-momentum: tracking error 101 bps &gt;= limit "
                + "100 bps &amp; &lt;rising&gt; (at 2024-03-01T12:00:00Z) (alert id alert-7)", json.get("text").asText());
        assertEquals("", post.header("X-Parallax-Signature"));
    }

    @Test
    void aBreakerTripIsPostedAsARiskAlertNeverAsAParityDisable() throws Exception {
        Alert trip = new Alert("alert-8", AlertKind.DAILY_LOSS_BREAKER_TRIPPED, "btc-momentum", AlertSeverity.CRITICAL,
                "daily loss limit reached", "", Instant.parse("2024-03-01T12:00:00Z"));
        sink(Optional.empty(), AlertSeverity.INFO, 1).send(trip);
        String text = new ObjectMapper().readTree(webhook.received.get(0).body()).get("text").asText();
        assertEquals("[CRITICAL] risk alert DAILY_LOSS_BREAKER_TRIPPED for strategy btc-momentum: daily loss limit "
                + "reached (at 2024-03-01T12:00:00Z) (alert id alert-8)", text);
    }

    @Test
    void aSecretSignsTheTimestampAndBody() {
        sink(Optional.of("s3cret"), AlertSeverity.INFO, 1).send(DISABLED);
        LoopbackWebhook.Received post = webhook.received.get(0);
        assertEquals("1709294405", post.header("X-Parallax-Timestamp"));
        assertEquals("v1=" + WebhookAlertSink.signature("s3cret", "1709294405." + post.body()),
                post.header("X-Parallax-Signature"));
        assertFalse(post.body().contains("s3cret"));
    }

    @Test
    void serverErrorsAreRetriedWithDoublingBackoff() {
        webhook.answer(500, 503);
        sink(Optional.empty(), AlertSeverity.INFO, 4).send(DISABLED);
        assertEquals(3, webhook.received.size());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), sleeps);
    }

    @Test
    void tooManyRequestsWaitsAtLeastTheRetryAfterSeconds() {
        webhook.answerRetryAfter(429, 2);
        sink(Optional.empty(), AlertSeverity.INFO, 2).send(DISABLED);
        assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
        assertEquals(2, webhook.received.size());
    }

    @Test
    void aRetryAfterWrittenAsADateOrOutOfRangeOrGarbledStillRetries() {
        // the clock reads 12:00:05: a date 30 s later asks for 30 s, a past one for nothing; a number too
        // large for a long asks for the longest wait, 60 s; a garbled value is ignored
        webhook.answerRetryAfter(503, "Fri, 01 Mar 2024 12:00:35 GMT")
                .answerRetryAfter(503, "Wed, 21 Oct 2015 07:28:00 GMT")
                .answerRetryAfter(429, "99999999999999999999")
                .answerRetryAfter(503, "soon");
        sink(Optional.empty(), AlertSeverity.INFO, 5).send(DISABLED);
        assertEquals(5, webhook.received.size());
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofSeconds(60),
                Duration.ofMillis(800)), sleeps);
    }

    @Test
    void givingUpThrowsWithoutShowingTheSecretPartOfTheUrl() {
        webhook.answer(500, 500, 500);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sink(Optional.of("s3cret"), AlertSeverity.INFO, 3).send(DISABLED));
        assertTrue(e.getMessage().contains("after 3 tries") && e.getMessage().contains("HTTP 500"), e.getMessage());
        assertFalse(e.getMessage().contains("secret-token") || e.getMessage().contains("s3cret"), e.getMessage());
        assertEquals(3, webhook.received.size());
    }

    @Test
    void aClientErrorIsNotRetried() {
        webhook.answer(404);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sink(Optional.empty(), AlertSeverity.INFO, 4).send(DISABLED));
        assertTrue(e.getMessage().contains("HTTP 404") && e.getMessage().contains("not retried"), e.getMessage());
        assertEquals(1, webhook.received.size());
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void alertsBelowTheMinimumSeverityAreNotPosted() {
        Alert info = Alert.of("s", AlertKind.STATUS_CHANGED, AlertSeverity.INFO, "back to ACTIVE", "",
                Instant.EPOCH);
        sink(Optional.empty(), AlertSeverity.WARNING, 1).send(info);
        assertTrue(webhook.received.isEmpty());
    }
}

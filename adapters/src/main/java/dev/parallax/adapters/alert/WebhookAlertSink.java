package dev.parallax.adapters.alert;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertSink;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each alert as Slack-compatible JSON ({@link SlackMessage}) to a webhook with
 * {@code java.net.http}.
 *
 * <p>A 2xx answer is success. A network error, a timeout, 408, 429 or a 5xx answer is retried, up to
 * {@code maxAttempts} tries in all, waiting {@code initialBackoff} before the second try and twice as
 * long before each further one (at least what a {@code Retry-After} header asks, in seconds or as an HTTP
 * date, at most 60 s; a header that is neither is ignored). Any
 * other answer (a 4xx: the request itself is wrong) fails at once. When every try fails, {@link #send}
 * throws, and the parity tracker logs it and still delivers the alert to its other sinks.
 *
 * <p>With a secret, each post carries {@code X-Parallax-Timestamp} (epoch seconds) and
 * {@code X-Parallax-Signature: v1=<hex HMAC-SHA256 of "timestamp.body" keyed by the secret>} so the
 * receiver can check where it came from. Alerts below {@code minSeverity} are not posted (logged at
 * debug). Neither the secret nor the URL beyond its host is ever logged or put in a message.
 * Thread-safe.
 */
public final class WebhookAlertSink implements AlertSink {

    /** The provider name this sink reports. */
    public static final String NAME = "webhook";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAlertSink.class);
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final WebhookSettings settings;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final Clock clock;

    /** A sink posting as {@code settings} say, with {@code client}, waiting with {@code sleeper}. */
    public WebhookAlertSink(WebhookSettings settings, HttpClient client, Sleeper sleeper, Clock clock) {
        this.settings = notNull("settings", settings);
        this.client = notNull("client", client);
        this.sleeper = notNull("sleeper", sleeper);
        this.clock = notNull("clock", clock);
    }

    /** A sink with a new {@link HttpClient}, real sleeps and the UTC clock. */
    public static WebhookAlertSink of(WebhookSettings settings) {
        return new WebhookAlertSink(settings, HttpClient.newBuilder().connectTimeout(settings.timeout()).build(),
                Sleeper.SYSTEM, Clock.systemUTC());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(Alert alert) {
        notNull("alert", alert);
        if (alert.severity().compareTo(settings.minSeverity()) < 0) {
            LOG.debug("not posting the {} {} alert for {}: below the webhook's minimum severity {}",
                    alert.severity(), alert.kind(), alert.strategy(), settings.minSeverity());
            return;
        }
        HttpRequest request = request(SlackMessage.json(alert));
        String last = "";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            OptionalLong retryAfter = OptionalLong.empty();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return;
                }
                last = "HTTP " + status;
                if (!retryable(status)) {
                    throw new IllegalStateException("webhook " + settings.redactedUrl() + " rejected the " + alert.kind()
                            + " alert for " + alert.strategy() + " with " + last + "; not retried");
                }
                retryAfter = retryAfterSeconds(response.headers().firstValue("Retry-After"));
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while posting to webhook " + settings.redactedUrl(), e);
            }
            if (attempt < settings.maxAttempts()) {
                Duration wait = backoff(attempt, retryAfter);
                LOG.warn("webhook {} try {} of {} failed ({}); retrying in {} ms", settings.redactedUrl(), attempt,
                        settings.maxAttempts(), last, wait.toMillis());
                pause(wait);
            }
        }
        throw new IllegalStateException("webhook " + settings.redactedUrl() + " did not take the " + alert.kind()
                + " alert for " + alert.strategy() + " after " + settings.maxAttempts() + " tries; last: " + last);
    }

    private HttpRequest request(String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        settings.secret().ifPresent(secret -> {
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            builder.header("X-Parallax-Timestamp", timestamp)
                    .header("X-Parallax-Signature", "v1=" + signature(secret, timestamp + "." + body));
        });
        return builder.build();
    }

    /** Hex HMAC-SHA256 of {@code payload} keyed by {@code secret}; what a receiver recomputes to check a post. */
    public static String signature(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    private static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /**
     * The seconds a {@code Retry-After} header asks to wait: a whole number of seconds (a number too large
     * for a long counts as the longest wait), or an HTTP date, counted from the clock; empty when there is
     * no header or it is neither.
     */
    private OptionalLong retryAfterSeconds(Optional<String> header) {
        if (header.isEmpty()) {
            return OptionalLong.empty();
        }
        String value = header.get().trim();
        if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.of(value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value));
        }
        try {
            Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return OptionalLong.of(Math.max(0, Duration.between(clock.instant(), until).getSeconds()));
        } catch (DateTimeParseException e) {
            LOG.debug("ignoring a Retry-After header that is neither seconds nor an HTTP date: {}", value);
            return OptionalLong.empty();
        }
    }

    private Duration backoff(int attempt, OptionalLong retryAfterSeconds) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << (attempt - 1));
        if (retryAfterSeconds.isPresent() && retryAfterSeconds.getAsLong() > 0) {
            Duration asked = Duration.ofSeconds(Math.min(retryAfterSeconds.getAsLong(), MAX_WAIT.getSeconds()));
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private void pause(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry webhook " + settings.redactedUrl(), e);
        }
    }
}

package dev.parallax.adapters.alert;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.alert.AlertSeverity;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and how the webhook sink posts. The URL and the secret are secrets (a Slack webhook URL
 * holds its token in the path), so {@link #toString()} and every message show only
 * {@link #redactedUrl()}.
 *
 * @param url            the http or https endpoint
 * @param secret         key for the HMAC-SHA256 signature header, or empty for unsigned posts
 * @param minSeverity    alerts below this severity are not posted
 * @param maxAttempts    tries per alert, 1 to 10
 * @param initialBackoff wait before the second try, doubled before each further one, {@code >= 0}
 * @param timeout        connect and request timeout, {@code > 0}
 */
public record WebhookSettings(URI url, Optional<String> secret, AlertSeverity minSeverity, int maxAttempts,
                              Duration initialBackoff, Duration timeout) {

    /** Environment variable holding the URL; the sink is off when it is unset or blank. */
    public static final String URL_VARIABLE = "PARALLAX_WEBHOOK_URL";
    /** Environment variable holding the signing secret (optional). */
    public static final String SECRET_VARIABLE = "PARALLAX_WEBHOOK_SECRET";
    /** Environment variable holding the minimum severity: INFO (default), WARNING or CRITICAL. */
    public static final String MIN_SEVERITY_VARIABLE = "PARALLAX_WEBHOOK_MIN_SEVERITY";
    /** Environment variable holding the number of tries per alert, 1 to 10 (default 4). */
    public static final String MAX_ATTEMPTS_VARIABLE = "PARALLAX_WEBHOOK_MAX_ATTEMPTS";

    /** Validates the fields without showing the URL. */
    public WebhookSettings {
        notNull("url", url);
        notNull("secret", secret);
        notNull("minSeverity", minSeverity);
        notNull("initialBackoff", initialBackoff);
        notNull("timeout", timeout);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("url must be an http or https URL with a host (the value is not shown "
                    + "because it may hold a secret)");
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be between 1 and 10, was " + maxAttempts);
        }
        if (initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must be >= 0, was " + initialBackoff);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
        }
    }

    /** Settings for {@code url} with no secret, every severity, 4 tries from 500 ms backoff, 10 s timeout. */
    public static WebhookSettings of(URI url) {
        return new WebhookSettings(url, Optional.empty(), AlertSeverity.INFO, 4, Duration.ofMillis(500),
                Duration.ofSeconds(10));
    }

    /**
     * Settings from the environment variables named by the {@code *_VARIABLE} constants, or empty when
     * {@value #URL_VARIABLE} is not set.
     *
     * @throws IllegalArgumentException naming the variable whose value is wrong (never showing the URL or secret)
     */
    public static Optional<WebhookSettings> fromEnvironment(EnvironmentLookup env) {
        Optional<String> rawUrl = env.get(URL_VARIABLE).filter(s -> !s.isBlank());
        if (rawUrl.isEmpty()) {
            return Optional.empty();
        }
        URI url;
        try {
            url = new URI(rawUrl.get().trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(URL_VARIABLE + " is not a valid URL (the value is not shown because it "
                    + "may hold a secret)");
        }
        WebhookSettings settings;
        try {
            settings = of(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(URL_VARIABLE + ": " + e.getMessage());
        }
        return Optional.of(new WebhookSettings(url, env.get(SECRET_VARIABLE).filter(s -> !s.isBlank()),
                severity(env), attempts(env), settings.initialBackoff(), settings.timeout()));
    }

    /** Scheme, host and port of the URL, with the path and query replaced by {@code /...}. */
    public String redactedUrl() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "") + "/...";
    }

    @Override
    public String toString() {
        return "WebhookSettings[url=" + redactedUrl() + ", signed=" + secret.isPresent() + ", minSeverity="
                + minSeverity + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", timeout="
                + timeout + "]";
    }

    private static AlertSeverity severity(EnvironmentLookup env) {
        String raw = env.get(MIN_SEVERITY_VARIABLE).orElse("INFO").trim();
        try {
            return AlertSeverity.valueOf(raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MIN_SEVERITY_VARIABLE + " must be INFO, WARNING or CRITICAL, was '"
                    + raw + "'");
        }
    }

    private static int attempts(EnvironmentLookup env) {
        String raw = env.get(MAX_ATTEMPTS_VARIABLE).orElse("4").trim();
        try {
            int n = Integer.parseInt(raw);
            if (n >= 1 && n <= 10) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(MAX_ATTEMPTS_VARIABLE + " must be a whole number from 1 to 10, was '" + raw
                + "'");
    }
}

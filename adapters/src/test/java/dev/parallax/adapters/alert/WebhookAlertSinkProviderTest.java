package dev.parallax.adapters.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;
import dev.parallax.alert.AlertSink;
import dev.parallax.alert.AlertSinkCatalog;
import dev.parallax.alert.AlertSinkContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookAlertSinkProviderTest {

    private static final AlertSinkContext CONTEXT = new AlertSinkContext(Path.of("logs"));

    private static EnvironmentLookup env(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void theCatalogFindsTheWebhookProviderThroughServiceLoader() {
        assertTrue(AlertSinkCatalog.load().names().contains("webhook"), AlertSinkCatalog.load().names().toString());
    }

    @Test
    void withoutAUrlTheSinkIsOffAndPostsNothing() {
        AlertSink sink = new WebhookAlertSinkProvider(env(Map.of())).create(CONTEXT);
        assertEquals("webhook", sink.name());
        assertFalse(sink instanceof WebhookAlertSink);
        sink.send(Alert.of("s", AlertKind.DISABLED, AlertSeverity.CRITICAL, "m", "", Instant.EPOCH));
    }

    @Test
    void theEnvironmentConfiguresTheSink() {
        AlertSink sink = new WebhookAlertSinkProvider(env(Map.of(
                WebhookSettings.URL_VARIABLE, "https://hooks.example.com/services/T/B/token",
                WebhookSettings.SECRET_VARIABLE, "s3cret",
                WebhookSettings.MIN_SEVERITY_VARIABLE, "warning",
                WebhookSettings.MAX_ATTEMPTS_VARIABLE, "2"))).create(CONTEXT);
        assertInstanceOf(WebhookAlertSink.class, sink);
        WebhookSettings settings = WebhookSettings.fromEnvironment(env(Map.of(
                WebhookSettings.URL_VARIABLE, "https://hooks.example.com/services/T/B/token",
                WebhookSettings.SECRET_VARIABLE, "s3cret"))).orElseThrow();
        assertEquals("https://hooks.example.com/...", settings.redactedUrl());
        assertFalse(settings.toString().contains("token") || settings.toString().contains("s3cret"),
                settings.toString());
    }

    @Test
    void wrongValuesNameTheVariableButNeverShowTheUrl() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class, () -> WebhookSettings
                .fromEnvironment(env(Map.of(WebhookSettings.URL_VARIABLE, "ftp://hooks.example.com/secret-token"))));
        assertTrue(url.getMessage().contains(WebhookSettings.URL_VARIABLE), url.getMessage());
        assertFalse(url.getMessage().contains("secret-token"), url.getMessage());
        IllegalArgumentException attempts = assertThrows(IllegalArgumentException.class, () -> WebhookSettings
                .fromEnvironment(env(Map.of(WebhookSettings.URL_VARIABLE, "https://h.example.com/x",
                        WebhookSettings.MAX_ATTEMPTS_VARIABLE, "lots"))));
        assertTrue(attempts.getMessage().contains(WebhookSettings.MAX_ATTEMPTS_VARIABLE + " must be"),
                attempts.getMessage());
    }
}

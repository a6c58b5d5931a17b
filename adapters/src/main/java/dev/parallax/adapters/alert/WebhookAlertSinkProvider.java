package dev.parallax.adapters.alert;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertSink;
import dev.parallax.alert.AlertSinkContext;
import dev.parallax.alert.AlertSinkProvider;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provides the {@code webhook} sink, configured from the environment ({@link WebhookSettings}). The
 * parity tracker creates a sink from every provider on the class path, so this provider is present
 * wherever the adapters jar is; when {@value WebhookSettings#URL_VARIABLE} is not set it logs once, at
 * creation, that the webhook is off, and its sink posts nothing. A set but wrong variable is an error.
 */
public final class WebhookAlertSinkProvider implements AlertSinkProvider {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAlertSinkProvider.class);

    private final EnvironmentLookup environment;

    /** Reads the process environment. */
    public WebhookAlertSinkProvider() {
        this(EnvironmentLookup.SYSTEM);
    }

    /** Reads {@code environment}. */
    public WebhookAlertSinkProvider(EnvironmentLookup environment) {
        this.environment = notNull("environment", environment);
    }

    @Override
    public String name() {
        return WebhookAlertSink.NAME;
    }

    @Override
    public String description() {
        return "posts Slack-compatible JSON to the URL in " + WebhookSettings.URL_VARIABLE + ", signed with "
                + WebhookSettings.SECRET_VARIABLE + " when set; retries with backoff";
    }

    @Override
    public AlertSink create(AlertSinkContext context) {
        Optional<WebhookSettings> settings = WebhookSettings.fromEnvironment(environment);
        if (settings.isEmpty()) {
            LOG.info("webhook alert sink is off: set {} to post parity alerts to a webhook",
                    WebhookSettings.URL_VARIABLE);
            return new Off();
        }
        LOG.info("webhook alert sink posts to {}", settings.get().redactedUrl());
        return WebhookAlertSink.of(settings.get());
    }

    /** The sink of an unconfigured webhook: posts nothing (the provider said so when it made it). */
    private static final class Off implements AlertSink {
        @Override
        public String name() {
            return WebhookAlertSink.NAME;
        }

        @Override
        public void send(Alert alert) {
            LOG.debug("webhook alert sink is off; not posting the {} alert for {}", alert.kind(), alert.strategy());
        }
    }
}

package dev.parallax.parity;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertSink;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends each alert to every sink; one failing sink does not keep the alert from the others. */
final class AlertBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(AlertBroadcaster.class);

    private final List<AlertSink> sinks;

    AlertBroadcaster(List<AlertSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    void send(Alert alert) {
        for (AlertSink sink : sinks) {
            try {
                sink.send(alert);
            } catch (RuntimeException e) {
                LOG.error("alert sink '{}' failed to deliver a {} alert for strategy {}: {}", sink.name(),
                        alert.kind(), alert.strategy(), alert.message(), e);
            }
        }
    }
}

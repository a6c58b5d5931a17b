package dev.parallax.live;

import dev.parallax.parity.alert.AlertKind;
import dev.parallax.parity.alert.AlertSeverity;
import dev.parallax.parity.alert.AlertSink;
import dev.parallax.parity.alert.ParityAlert;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends risk events to parity-core's alert sinks; one failing sink does not keep an alert from the
 * others. parity-core's alert kinds are reused: a circuit-breaker trip is {@link AlertKind#DISABLED}
 * (CRITICAL, so the alert log file keeps it), a reset is {@link AlertKind#RESET} (WARNING) and a
 * drawdown alert is {@link AlertKind#STATUS_CHANGED} (WARNING). Every message starts with
 * {@code live-tracker:}.
 */
final class RiskAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(RiskAlerts.class);

    private final String strategy;
    private final List<AlertSink> sinks;

    RiskAlerts(String strategy, List<AlertSink> sinks) {
        this.strategy = strategy;
        this.sinks = List.copyOf(sinks);
    }

    void send(RiskEvent event) {
        ParityAlert alert = toAlert(event);
        for (AlertSink sink : sinks) {
            try {
                sink.send(alert);
            } catch (RuntimeException e) {
                LOG.error("alert sink '{}' failed to deliver the live-tracker {} alert of strategy {}: {}",
                        sink.name(), event.kind(), strategy, event.reason(), e);
            }
        }
    }

    ParityAlert toAlert(RiskEvent event) {
        AlertKind kind = switch (event.kind()) {
            case DAILY_LOSS_LIMIT -> AlertKind.DISABLED;
            case DRAWDOWN_ALERT -> AlertKind.STATUS_CHANGED;
            case BREAKER_RESET -> AlertKind.RESET;
        };
        AlertSeverity severity = event.kind() == RiskEventKind.DAILY_LOSS_LIMIT
                ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
        return new ParityAlert(strategy, kind, severity, "live-tracker: " + event.reason(), event.operator(),
                event.time());
    }
}

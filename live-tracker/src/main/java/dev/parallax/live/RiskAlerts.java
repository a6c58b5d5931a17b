package dev.parallax.live;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertKind;
import dev.parallax.alert.AlertSeverity;

/**
 * Turns risk events into {@link dev.parallax.alert.AlertSource#RISK risk} alerts: a
 * circuit-breaker trip is {@link AlertKind#DAILY_LOSS_BREAKER_TRIPPED} (CRITICAL), a drawdown alert
 * {@link AlertKind#DRAWDOWN_LIMIT_CROSSED} (WARNING), a reset {@link AlertKind#BREAKER_RESET}
 * (WARNING) and an execution that opened or added to a trade while entries were refused
 * {@link AlertKind#EXECUTION_WHILE_BREAKER_TRIPPED} (CRITICAL). The message is the event's reason, the operator its operator, the time its time.
 */
final class RiskAlerts {

    private RiskAlerts() {
    }

    /** The alert of {@code event} for {@code strategy}, with a content-derived id. */
    static Alert of(String strategy, RiskEvent event) {
        AlertKind kind = switch (event.kind()) {
            case DAILY_LOSS_LIMIT -> AlertKind.DAILY_LOSS_BREAKER_TRIPPED;
            case DRAWDOWN_ALERT -> AlertKind.DRAWDOWN_LIMIT_CROSSED;
            case BREAKER_RESET -> AlertKind.BREAKER_RESET;
            case EXECUTION_WHILE_REFUSED -> AlertKind.EXECUTION_WHILE_BREAKER_TRIPPED;
        };
        AlertSeverity severity = event.kind() == RiskEventKind.DAILY_LOSS_LIMIT
                || event.kind() == RiskEventKind.EXECUTION_WHILE_REFUSED ? AlertSeverity.CRITICAL : AlertSeverity.WARNING;
        return Alert.of(strategy, kind, severity, event.reason(), event.operator(), event.time());
    }
}

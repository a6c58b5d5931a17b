package dev.parallax.alert;

import static dev.parallax.sim.api.Preconditions.notNull;

import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Logs every alert through SLF4J, as {@code CRITICAL risk alert DAILY_LOSS_BREAKER_TRIPPED for
 * strategy s: ... (alert id ...)}: severity, source, kind, strategy, message and id. SLF4J has no
 * CRITICAL level, so a CRITICAL alert (every disable and breaker trip) is logged at ERROR with the
 * {@link #CRITICAL} marker and a line that starts with {@code CRITICAL}; WARNING alerts at WARN and
 * INFO alerts at INFO.
 */
public final class Slf4jAlertSink implements AlertSink {

    /** Marker on every CRITICAL line, for appenders that route or page on it. */
    public static final Marker CRITICAL = MarkerFactory.getMarker("CRITICAL");

    /**
     * Name of the logger the provider's sink writes to. It keeps the name it had when the alerts
     * lived in parity-core, so logging configurations that route it keep working.
     */
    public static final String LOGGER_NAME = "dev.parallax.parity.alerts";

    private static final String LINE = "{} {} alert {} for strategy {}: {} (alert id {})";

    private final Logger logger;

    /** A sink writing to {@code logger}. */
    public Slf4jAlertSink(Logger logger) {
        this.logger = notNull("logger", logger);
    }

    @Override
    public String name() {
        return Slf4jAlertSinkProvider.NAME;
    }

    @Override
    public void send(Alert alert) {
        Object[] args = {alert.severity(), alert.source().label(), alert.kind(), alert.strategy(), alert.message(),
            alert.id()};
        switch (alert.severity()) {
            case CRITICAL -> logger.error(CRITICAL, LINE, args);
            case WARNING -> logger.warn(LINE, args);
            case INFO -> logger.info(LINE, args);
        }
    }
}

package dev.parallax.alert;

import org.slf4j.LoggerFactory;

/** Provides the built-in {@link Slf4jAlertSink}, logging to {@value Slf4jAlertSink#LOGGER_NAME}. */
public final class Slf4jAlertSinkProvider implements AlertSinkProvider {

    /** The provider's name. */
    public static final String NAME = "slf4j";

    /** Does nothing; the sink is made by {@link #create}. */
    public Slf4jAlertSinkProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "logs every alert through SLF4J; CRITICAL alerts at ERROR with the CRITICAL marker";
    }

    @Override
    public AlertSink create(AlertSinkContext context) {
        return new Slf4jAlertSink(LoggerFactory.getLogger(Slf4jAlertSink.LOGGER_NAME));
    }
}

package dev.parallax.alert;

/** Provides the built-in {@link AlertLogFileSink} in the context's alert log folder. */
public final class AlertLogFileSinkProvider implements AlertSinkProvider {

    /** The provider's name. */
    public static final String NAME = "alert-log-file";

    /** Does nothing; the sink is made by {@link #create}. */
    public AlertLogFileSinkProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "appends disable, breaker-trip and reset alerts to " + AlertLogFileSink.FILE_NAME + " in the alert log folder";
    }

    @Override
    public AlertSink create(AlertSinkContext context) {
        return new AlertLogFileSink(context.alertLogFolder());
    }
}

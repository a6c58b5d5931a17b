package dev.parallax.alert;

/** How urgently a person should look at an alert. */
public enum AlertSeverity {
    /** For the record; nothing to do. */
    INFO,
    /** Worth a look soon. */
    WARNING,
    /** Needs a person now; a disabled strategy is always CRITICAL. */
    CRITICAL
}

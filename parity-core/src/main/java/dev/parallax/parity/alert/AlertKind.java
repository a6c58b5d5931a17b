package dev.parallax.parity.alert;

/** What happened to the strategy an alert is about. */
public enum AlertKind {
    /** The status moved between ACTIVE, WARNING and CRITICAL. */
    STATUS_CHANGED,
    /** A disable trigger fired and the strategy was disabled. */
    DISABLED,
    /** An operator reset a disabled strategy and re-enabled it. */
    RESET
}

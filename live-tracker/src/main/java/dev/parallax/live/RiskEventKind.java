package dev.parallax.live;

/** What a {@link RiskEvent} records. */
public enum RiskEventKind {
    /** The daily loss limit was reached; the circuit breaker refuses new entries. */
    DAILY_LOSS_LIMIT,
    /** The drawdown from the equity peak reached the maximum drawdown; an alert, entries go on. */
    DRAWDOWN_ALERT,
    /** An operator reset the circuit breaker before the next trading day. */
    BREAKER_RESET
}

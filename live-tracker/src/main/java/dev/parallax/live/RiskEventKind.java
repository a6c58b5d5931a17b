package dev.parallax.live;

/** What a {@link RiskEvent} records. */
public enum RiskEventKind {
    /** The daily loss limit was reached; the circuit breaker refuses new entries. */
    DAILY_LOSS_LIMIT,
    /** The drawdown from the equity peak reached the maximum drawdown; an alert, entries go on. */
    DRAWDOWN_ALERT,
    /** An operator reset the circuit breaker before the next trading day. */
    BREAKER_RESET,
    /**
     * An execution opened or added to a trade while the circuit breaker refused new entries. It is
     * recorded all the same (it happened at the venue); the entry gate before the venue is what
     * stops new orders.
     */
    EXECUTION_WHILE_REFUSED
}

package dev.parallax.alert;

import static dev.parallax.alert.AlertSource.PARITY;
import static dev.parallax.alert.AlertSource.RISK;

/**
 * What happened, for one {@link AlertSource}: each kind belongs to exactly one source, so a risk
 * event never reads as a parity event.
 */
public enum AlertKind {
    /** Parity: the status moved between ACTIVE, WARNING and CRITICAL. */
    STATUS_CHANGED(PARITY, false),
    /** Parity: a disable trigger fired and the strategy was disabled. */
    DISABLED(PARITY, true),
    /** Parity: an operator reset a disabled strategy and re-enabled it. */
    RESET(PARITY, true),
    /** Risk: the day's loss reached the daily loss limit; the circuit breaker refuses new entries. */
    DAILY_LOSS_BREAKER_TRIPPED(RISK, true),
    /** Risk: the drawdown from the equity peak reached the maximum drawdown; entries go on. */
    DRAWDOWN_LIMIT_CROSSED(RISK, false),
    /** Risk: an operator reset the tripped circuit breaker. */
    BREAKER_RESET(RISK, true),
    /**
     * Risk: an execution opened or added to a position while the circuit breaker refused new
     * entries; it is recorded, since it happened at the venue.
     */
    EXECUTION_WHILE_BREAKER_TRIPPED(RISK, true);

    private final AlertSource source;
    private final boolean audited;

    AlertKind(AlertSource source, boolean audited) {
        this.source = source;
        this.audited = audited;
    }

    /** The source this kind belongs to. */
    public AlertSource source() {
        return source;
    }

    /**
     * True for the kinds that stop or re-allow trading (disables, breaker trips and the resets of
     * both) or that trading went past a stop (an execution while the breaker was tripped), which the
     * alert log file keeps as an audit trail; false for status changes and drawdown warnings.
     */
    public boolean audited() {
        return audited;
    }
}

package dev.parallax.parity;

/** How far a strategy's live trading has drifted from its backtest, from best to worst. */
public enum ParityStatus {
    /** Within every threshold. */
    ACTIVE,
    /** Daily tracking error at or above the warning threshold. */
    WARNING,
    /** Daily tracking error at or above the critical threshold. */
    CRITICAL,
    /** A disable trigger fired; only an explicit reset re-enables the strategy. */
    DISABLED
}

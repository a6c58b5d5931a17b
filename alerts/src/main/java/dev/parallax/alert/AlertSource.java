package dev.parallax.alert;

import java.util.Locale;

/** Which part of Parallax raised an alert. */
public enum AlertSource {
    /** The parity tracker: live trading drifted from its backtest, or an operator reset it. */
    PARITY,
    /** The live tracker's risk limits: the daily-loss circuit breaker or the drawdown limit. */
    RISK;

    /** The name in lower case, as sinks print it: {@code parity} or {@code risk}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

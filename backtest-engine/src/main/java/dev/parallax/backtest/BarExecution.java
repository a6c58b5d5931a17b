package dev.parallax.backtest;

/** When orders that a strategy sends while handling a bar reach the market. */
public enum BarExecution {
    /**
     * Held until the next bar of the same symbol opens, then sent into the market at its open:
     * a decision made on a close cannot trade at that close. The default.
     */
    NEXT_BAR_OPEN,
    /**
     * Sent at once, into the market at the signal bar's close. Optimistic on real data (the close
     * is known only when it is too late to trade at it), but what many published backtests assume.
     */
    SIGNAL_BAR_CLOSE
}

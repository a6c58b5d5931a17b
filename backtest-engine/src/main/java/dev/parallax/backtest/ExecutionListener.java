package dev.parallax.backtest;

import dev.parallax.sim.api.Fill;

/**
 * Hears every execution the account applies, in the order it applies them, with the account as it
 * stands right after: where paper and live trading record each execution durably. Called on the
 * run's thread before the strategy's {@code onFill}; an exception stops the run, as a strategy's
 * would, so that no execution goes unrecorded while the strategy trades on.
 */
@FunctionalInterface
public interface ExecutionListener {

    /** Hears nothing. */
    ExecutionListener NONE = (fill, account) -> { };

    /** The account has applied {@code fill}; {@code account} shows it after. Must not keep {@code account}: it changes. */
    void onExecution(Fill fill, AccountView account);
}

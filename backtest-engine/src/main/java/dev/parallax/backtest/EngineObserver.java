package dev.parallax.backtest;

import dev.parallax.sim.api.data.MarketEvent;

/**
 * Looks at the account after every event: for invariant checks, progress bars and live charts.
 * Must not change anything.
 */
@FunctionalInterface
public interface EngineObserver {

    /** Observes nothing. */
    EngineObserver NONE = (event, account) -> { };

    /** Called after {@code event} and every callback and fill it caused. */
    void afterEvent(MarketEvent event, AccountView account);
}

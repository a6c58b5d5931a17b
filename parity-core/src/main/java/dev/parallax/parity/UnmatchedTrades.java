package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.util.List;

/**
 * Trades recorded on one side only. They are kept and reported, never dropped: a trade moves
 * from here to the completed trades when its other side is recorded.
 *
 * @param backtestOnly ids of trades the backtest executed but live has not (yet), sorted
 * @param liveOnly     ids of trades live executed but the backtest has not (yet), sorted
 */
public record UnmatchedTrades(List<String> backtestOnly, List<String> liveOnly) {

    /** No unmatched trades. */
    public static final UnmatchedTrades NONE = new UnmatchedTrades(List.of(), List.of());

    /** Copies both lists so the record stays immutable. */
    public UnmatchedTrades {
        backtestOnly = List.copyOf(notNull("backtestOnly", backtestOnly));
        liveOnly = List.copyOf(notNull("liveOnly", liveOnly));
    }

    /** Number of trades with a backtest execution only. */
    public int backtestOnlyCount() {
        return backtestOnly.size();
    }

    /** Number of trades with a live execution only. */
    public int liveOnlyCount() {
        return liveOnly.size();
    }

    /** Total number of one-sided trades. */
    public int count() {
        return backtestOnly.size() + liveOnly.size();
    }
}

package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Fill;

/**
 * What parity asks of a {@link Fill} beyond the record's own checks, before anything is recorded:
 * a backtest notional that every bps figure can be a share of, a live slippage that leaves a
 * reference price, and two fills of one trade that agree on what was traded.
 */
final class FillChecks {

    /** Slippage of a live fill must lie strictly inside plus or minus this many bps (100%). */
    static final double MAX_SLIPPAGE_BPS = 10_000.0;

    private FillChecks() {
    }

    /**
     * Checks a backtest fill: {@code price * size}, the base of every bps figure, finite and above 0,
     * and its slippage within the bounds {@link #live} states, since attribution measures it the same way.
     */
    static Fill backtest(Fill backtest) {
        notNull("backtest", backtest);
        double notional = backtest.price() * backtest.size();
        if (!(notional > 0) || Double.isInfinite(notional)) {
            throw new IllegalArgumentException("notional (price * size, the base of every bps figure) must be a "
                    + "finite number > 0, was " + backtest.price() + " * " + backtest.size() + " = " + notional);
        }
        slippage("backtest", backtest);
        return backtest;
    }

    /**
     * Checks a live fill: its slippage strictly between -10,000 and 10,000 bps, so that the reference
     * price it was measured from, {@code price / (1 + side · slippage / 10,000)}, is a price.
     */
    static Fill live(Fill live) {
        notNull("live", live);
        slippage("live", live);
        return live;
    }

    private static void slippage(String sideName, Fill fill) {
        double bps = fill.slippageBps();
        if (!(bps > -MAX_SLIPPAGE_BPS && bps < MAX_SLIPPAGE_BPS)) {
            throw new IllegalArgumentException("slippageBps of " + sideName + " fill '" + fill.orderId() + "' must lie "
                    + "strictly between -10000 and 10000 (a move of less than 100% of the reference price), was " + bps);
        }
    }

    /**
     * Checks that {@code live} is the same trade as {@code backtest}: same order id, symbol and side.
     *
     * @throws IllegalArgumentException naming both values of the first field that differs
     */
    static void twins(Fill backtest, Fill live) {
        if (!backtest.orderId().equals(live.orderId())) {
            throw new IllegalArgumentException("live.orderId must equal backtest.orderId '" + backtest.orderId()
                    + "', was '" + live.orderId() + "'");
        }
        if (!backtest.symbol().equals(live.symbol())) {
            throw new IllegalArgumentException("trade '" + backtest.orderId() + "': the live fill's symbol '"
                    + live.symbol() + "' differs from the backtest fill's '" + backtest.symbol() + "'");
        }
        if (backtest.side() != live.side()) {
            throw new IllegalArgumentException("trade '" + backtest.orderId() + "': the live fill's side "
                    + live.side() + " differs from the backtest fill's " + backtest.side());
        }
    }
}

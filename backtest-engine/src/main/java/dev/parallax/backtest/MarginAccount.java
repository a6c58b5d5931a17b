package dev.parallax.backtest;

import dev.parallax.sim.api.Preconditions;

/**
 * An account that may borrow and sell short, within limits on its gross exposure (the sum over
 * symbols of the absolute position times its last price).
 *
 * <p>An order that would raise its symbol's exposure is accepted when the gross exposure with it,
 * counting every open order as if it filled, is at most {@code equity * min(1 / initialMargin,
 * maxLeverage)}, where equity is net of the fee estimate. An order that only reduces a position is
 * always accepted. After every event, when positions are open and
 * {@code equity <= maintenanceMargin * gross exposure}, the account is liquidated: open orders are
 * cancelled and every position is closed with a market order ({@code liquidation-<n>}); new orders
 * are rejected until those orders are done.
 *
 * @param initialMargin     fraction of exposure the equity must cover to open it, in (0, 1]
 *                          (0.5 is Reg T's 50%)
 * @param maintenanceMargin fraction of exposure below which the account is liquidated, in
 *                          (0, initialMargin]
 * @param maxLeverage       cap on gross exposure as a multiple of equity, {@code >= 1}
 * @param feeReserveBps     fee allowance in bps of notional, in [0, 10,000]
 */
public record MarginAccount(double initialMargin, double maintenanceMargin, double maxLeverage,
                            double feeReserveBps) implements AccountType {

    /** Validates the fractions and the cap. */
    public MarginAccount {
        if (!(initialMargin > 0 && initialMargin <= 1)) {
            throw new IllegalArgumentException("initialMargin must be in (0, 1], was " + initialMargin);
        }
        if (!(maintenanceMargin > 0 && maintenanceMargin <= initialMargin)) {
            throw new IllegalArgumentException("maintenanceMargin must be in (0, initialMargin = " + initialMargin
                    + "], was " + maintenanceMargin);
        }
        if (!(maxLeverage >= 1) || Double.isInfinite(maxLeverage)) {
            throw new IllegalArgumentException("maxLeverage must be a finite number >= 1, was " + maxLeverage);
        }
        Preconditions.inRange("feeReserveBps", feeReserveBps, 0, 10_000);
    }

    /** The largest gross exposure as a multiple of equity: {@code min(1 / initialMargin, maxLeverage)}. */
    public double leverageLimit() {
        return Math.min(1.0 / initialMargin, maxLeverage);
    }
}

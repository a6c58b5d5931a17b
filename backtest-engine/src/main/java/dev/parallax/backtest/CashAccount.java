package dev.parallax.backtest;

import dev.parallax.sim.api.Preconditions;

/**
 * An account that pays for what it buys and holds what it sells. A buy is accepted when its cost,
 * {@code size * reference price * (1 + fee rate)}, is at most the cash not yet reserved for other
 * open buys, give or take rounding (1e-12 of the amounts, so an order of {@code cash / price} units
 * whose product rounds up is taken); the reference price is the limit of a limit order, the last
 * price of a market order;
 * a sell is accepted when its size is at most the position not yet committed to other open sells.
 *
 * @param feeReserveBps fee allowance in bps of notional, {@code >= 0} (see {@link AccountType#feeReserveBps()})
 */
public record CashAccount(double feeReserveBps) implements AccountType {

    /** 25 bps: above the taker rate of the default fee model (15 bps) and of most exchanges' base tier. */
    public static final double DEFAULT_FEE_RESERVE_BPS = 25;

    /** A cash account with {@link #DEFAULT_FEE_RESERVE_BPS}. */
    public static final CashAccount DEFAULT = new CashAccount(DEFAULT_FEE_RESERVE_BPS);

    /** Validates the fee allowance. */
    public CashAccount {
        Preconditions.inRange("feeReserveBps", feeReserveBps, 0, 10_000);
    }
}

package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.finite;
import static dev.parallax.sim.api.Preconditions.positive;

import dev.parallax.sim.api.Fill;

/**
 * The largest sizes, prices, notionals, fees and balances the live tracker accepts.
 *
 * <p>Every figure the tracker keeps is a sum of terms no larger than about {@code MAX_SIZE * MAX_PRICE}
 * (an open position marked at the highest price), that is {@code 1e24}. A double holds up to about
 * {@code 1.8e308}, so equity, P&amp;L, fees and drawdown stay finite for any number of events a store
 * can hold. Without bounds one fill of size {@code 1e308} at {@code 1e308} made the equity infinite
 * and then NaN, after which no status could be read, the position could not be closed and the
 * circuit breaker never tripped again. The bounds are far above real trading: a notional of
 * {@code 1e15} is a thousand trillion in the account currency.
 */
public final class FillBounds {

    /** Largest fill size or open size: {@code 1e12}. */
    public static final double MAX_SIZE = 1e12;
    /** Largest fill or mark price: {@code 1e12}. */
    public static final double MAX_PRICE = 1e12;
    /** Largest notional of one fill, {@code size * price}: {@code 1e15}. */
    public static final double MAX_NOTIONAL = 1e15;
    /** Largest fee or rebate of one fill, in absolute value: {@code 1e12}. */
    public static final double MAX_FEE = 1e12;
    /** Largest initial balance: {@code 1e15}, the same as one fill's notional. */
    public static final double MAX_BALANCE = 1e15;

    private FillBounds() {
    }

    /** {@code size}, if it is finite, {@code > 0} and at most {@link #MAX_SIZE}. */
    static double size(String field, double size) {
        return atMost(field, positive(field, size), MAX_SIZE, "MAX_SIZE");
    }

    /** {@code price}, if it is finite, {@code > 0} and at most {@link #MAX_PRICE}. */
    static double price(String field, double price) {
        return atMost(field, positive(field, price), MAX_PRICE, "MAX_PRICE");
    }

    /** {@code fee}, if it is finite and at most {@link #MAX_FEE} in absolute value. */
    static double fee(String field, double fee) {
        finite(field, fee);
        if (Math.abs(fee) > MAX_FEE) {
            throw new IllegalArgumentException(field + " must be between -" + MAX_FEE + " and " + MAX_FEE
                    + " (FillBounds.MAX_FEE, so that sums of fees stay finite), was " + fee);
        }
        return fee;
    }

    /** Checks that {@code size * price} (both already checked) is at most {@link #MAX_NOTIONAL}. */
    static void notional(double size, double price) {
        double notional = size * price;
        if (notional > MAX_NOTIONAL) {
            throw new IllegalArgumentException("notional (size * price) must be <= " + MAX_NOTIONAL
                    + " (FillBounds.MAX_NOTIONAL, so that P&L and equity stay finite), was " + notional
                    + " (size " + size + ", price " + price + ")");
        }
    }

    /**
     * Checks a live fill's values against the bounds: size, price, their notional and fee as above,
     * and slippage strictly between -10,000 and 10,000 bps (a move of less than 100% of the venue's
     * reference price, which parity divides by). The fill's time is a {@code long} of epoch
     * nanoseconds, which is what the store keeps, so it needs no check.
     */
    static void fill(Fill fill) {
        size("size", fill.size());
        price("price", fill.price());
        notional(fill.size(), fill.price());
        fee("fee", fill.fee());
        double bps = fill.slippageBps();
        if (!(bps > -10_000 && bps < 10_000)) {
            throw new IllegalArgumentException("slippageBps must lie strictly between -10000 and 10000 "
                    + "(a move of less than 100% of the reference price), was " + bps);
        }
    }

    /** {@code balance}, if it is finite, {@code > 0} and at most {@link #MAX_BALANCE}. */
    static double balance(String field, double balance) {
        return atMost(field, positive(field, balance), MAX_BALANCE, "MAX_BALANCE");
    }

    private static double atMost(String field, double value, double max, String name) {
        if (value > max) {
            throw new IllegalArgumentException(field + " must be <= " + max + " (FillBounds." + name
                    + ", so that P&L and equity stay finite), was " + value);
        }
        return value;
    }
}

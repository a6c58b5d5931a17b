package dev.parallax.backtest;

/**
 * What a backtest account may do with its money: a {@link CashAccount} pays for what it buys and
 * cannot sell what it does not hold; a {@link MarginAccount} borrows up to its margin and leverage
 * limits, may sell short, and is liquidated when its equity falls to the maintenance margin.
 *
 * <p>Either way, an order the account cannot afford is rejected when the strategy sends it, and
 * the strategy hears of it through {@code Strategy.onOrderRejected}; an account whose equity reaches
 * zero is ruined and stops trading (see {@link BacktestEngine}).
 */
public sealed interface AccountType permits CashAccount, MarginAccount {

    /**
     * The fee allowance in basis points of notional added to the cost of an order when its buying
     * power is checked; the run uses the highest fee rate its fills have shown when that is higher.
     */
    double feeReserveBps();

    /** A cash account with {@link CashAccount#DEFAULT_FEE_RESERVE_BPS}. */
    static AccountType cash() {
        return CashAccount.DEFAULT;
    }

    /**
     * A margin account with {@link CashAccount#DEFAULT_FEE_RESERVE_BPS}.
     *
     * @see MarginAccount
     */
    static AccountType margin(double initialMargin, double maintenanceMargin, double maxLeverage) {
        return new MarginAccount(initialMargin, maintenanceMargin, maxLeverage, CashAccount.DEFAULT_FEE_RESERVE_BPS);
    }
}

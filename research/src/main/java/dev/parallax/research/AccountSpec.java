package dev.parallax.research;

import dev.parallax.backtest.AccountType;
import dev.parallax.backtest.CashAccount;
import dev.parallax.backtest.MarginAccount;
import java.io.Serializable;

/**
 * The serializable form of an {@link AccountType}.
 *
 * @param margin            false for a cash account, true for a margin account
 * @param initialMargin     margin only (0 for cash): share of exposure the equity must cover to open it
 * @param maintenanceMargin margin only (0 for cash): share of exposure below which positions are closed
 * @param maxLeverage       margin only (0 for cash): cap on gross exposure as a multiple of equity
 * @param feeReserveBps     fee allowance checked with each order, {@code >= 0}
 */
public record AccountSpec(boolean margin, double initialMargin, double maintenanceMargin, double maxLeverage,
                          double feeReserveBps) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A cash account with the default fee allowance. */
    public static final AccountSpec CASH = new AccountSpec(false, 0, 0, 0, CashAccount.DEFAULT_FEE_RESERVE_BPS);

    /** Checks that the account can be built. */
    public AccountSpec {
        toAccount();
    }

    /** The description of {@code account}. */
    public static AccountSpec of(AccountType account) {
        if (account instanceof MarginAccount m) {
            return new AccountSpec(true, m.initialMargin(), m.maintenanceMargin(), m.maxLeverage(), m.feeReserveBps());
        }
        return new AccountSpec(false, 0, 0, 0, account.feeReserveBps());
    }

    /** The account this describes. */
    public AccountType toAccount() {
        return margin ? new MarginAccount(initialMargin, maintenanceMargin, maxLeverage, feeReserveBps)
                : new CashAccount(feeReserveBps);
    }
}

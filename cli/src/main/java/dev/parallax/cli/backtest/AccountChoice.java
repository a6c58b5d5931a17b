package dev.parallax.cli.backtest;

import dev.parallax.backtest.AccountType;
import dev.parallax.backtest.CashAccount;
import dev.parallax.backtest.MarginAccount;
import dev.parallax.cli.CliException;
import dev.parallax.cli.UsageException;
import dev.parallax.cli.command.StrategyOptions;
import dev.parallax.cli.config.BacktestFile;
import dev.parallax.sim.core.ModelChoice;
import java.util.Locale;

/**
 * The account a backtest trades in, from flags and the config file (a flag wins): cash by default;
 * margin with Reg T-like defaults (initial 50%, maintenance 25%, leverage cap 2) for the limits not given;
 * the fee allowance is the default, or none with the {@code zero} fee model.
 */
final class AccountChoice {

    static final double DEFAULT_INITIAL_MARGIN = 0.5;
    static final double DEFAULT_MAINTENANCE_MARGIN = 0.25;
    static final double DEFAULT_MAX_LEVERAGE = 2;
    /** The name of the fee model that charges nothing. */
    private static final String ZERO_FEE = "zero";

    private AccountChoice() {
    }

    /**
     * The account {@code flags} and {@code file} describe.
     *
     * @throws UsageException for a bad flag value, CliException for a bad file value, naming it
     */
    static AccountType of(StrategyOptions flags, BacktestFile.AccountFile file) {
        BacktestFile.AccountFile f = file == null ? new BacktestFile.AccountFile(null, null, null, null) : file;
        boolean typeFlag = flags.account != null;
        String type = (typeFlag ? flags.account : f.type() == null ? "cash" : f.type()).trim().toLowerCase(Locale.ROOT);
        boolean marginFlags = flags.initialMargin != null || flags.maintenanceMargin != null || flags.maxLeverage != null;
        switch (type) {
            case "cash" -> {
                if (marginFlags || f.initialMargin() != null || f.maintenanceMargin() != null || f.maxLeverage() != null) {
                    throw problem(marginFlags || typeFlag, "margin limits (--initial-margin, --maintenance-margin, "
                            + "--max-leverage) apply to a margin account; add --account margin");
                }
                return AccountType.cash();
            }
            case "margin" -> {
                double initial = pick(flags.initialMargin, f.initialMargin(), DEFAULT_INITIAL_MARGIN);
                double maintenance = pick(flags.maintenanceMargin, f.maintenanceMargin(), DEFAULT_MAINTENANCE_MARGIN);
                double leverage = pick(flags.maxLeverage, f.maxLeverage(), DEFAULT_MAX_LEVERAGE);
                try {
                    return AccountType.margin(initial, maintenance, leverage);
                } catch (IllegalArgumentException e) {
                    throw problem(marginFlags, "margin account: " + e.getMessage());
                }
            }
            default -> throw problem(typeFlag, (typeFlag ? "--account" : "account.type") + " must be cash or margin, was '"
                    + (typeFlag ? flags.account : f.type()) + "'");
        }
    }

    /**
     * {@code account} with no fee allowance when {@code fee} is the {@code zero} fee model: the
     * allowance only covers fees, and a model that charges none needs none (with it, an order for all
     * the cash was refused under the ideal preset). Any other fee model keeps the account's allowance.
     */
    static AccountType forFeeModel(AccountType account, ModelChoice fee) {
        if (!ZERO_FEE.equals(fee.name())) {
            return account;
        }
        if (account instanceof MarginAccount m) {
            return new MarginAccount(m.initialMargin(), m.maintenanceMargin(), m.maxLeverage(), 0);
        }
        return new CashAccount(0);
    }

    private static double pick(Double flag, Double file, double fallback) {
        return flag != null ? flag : file != null ? file : fallback;
    }

    private static CliException problem(boolean fromFlag, String message) {
        return fromFlag ? new UsageException(message) : new CliException("config: " + message);
    }
}

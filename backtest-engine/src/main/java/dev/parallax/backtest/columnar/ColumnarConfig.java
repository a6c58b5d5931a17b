package dev.parallax.backtest.columnar;

import dev.parallax.backtest.AccountType;
import dev.parallax.backtest.BarExecution;
import dev.parallax.backtest.CashAccount;
import dev.parallax.sim.api.Preconditions;

/**
 * Settings of a {@link ColumnarBacktest}: simple, deterministic costs instead of the execution
 * simulator.
 *
 * @param initialCash      starting cash, {@code > 0}
 * @param execution        fill at the signal bar's close or the next bar's open
 * @param feeBps           fee in bps of each fill's notional, {@code >= 0}
 * @param slippageBps      adverse price move of each fill in bps, {@code >= 0}
 * @param keepEquity       keep the equity after every bar (8 bytes a bar)
 * @param classifyRegimes  label each trade with the regime at entry (costs time on every bar)
 * @param account          the account's rules, applied as {@code BacktestEngine} applies them
 */
public record ColumnarConfig(double initialCash, BarExecution execution, double feeBps, double slippageBps,
                             boolean keepEquity, boolean classifyRegimes, AccountType account) {

    /** 100,000 cash in a cash account, fills at the next open, no costs, equity and regimes kept. */
    public static final ColumnarConfig DEFAULT =
            new ColumnarConfig(100_000, BarExecution.NEXT_BAR_OPEN, 0, 0, true, true);

    /** The settings with a {@link CashAccount#DEFAULT}, the event engine's default account. */
    public ColumnarConfig(double initialCash, BarExecution execution, double feeBps, double slippageBps,
                          boolean keepEquity, boolean classifyRegimes) {
        this(initialCash, execution, feeBps, slippageBps, keepEquity, classifyRegimes, CashAccount.DEFAULT);
    }

    /** Validates the amounts. */
    public ColumnarConfig {
        Preconditions.positive("initialCash", initialCash);
        Preconditions.notNull("execution", execution);
        Preconditions.nonNegative("feeBps", feeBps);
        Preconditions.inRange("slippageBps", slippageBps, 0, 9_999);
        Preconditions.notNull("account", account);
    }

    /** A copy with another account. */
    public ColumnarConfig withAccount(AccountType account) {
        return new ColumnarConfig(initialCash, execution, feeBps, slippageBps, keepEquity, classifyRegimes, account);
    }
}

package dev.parallax.backtest;

/**
 * A read-only view of a backtest account. All amounts are in quote currency.
 *
 * <p>Identities that hold after every event (and are tested): {@code equity = cash + marked value of
 * positions}, and {@code equity = initial cash + realized P&L + unrealized P&L - fees}.
 */
public interface AccountView {

    /** Cash after every fill and fee. */
    double cash();

    /** Cash plus positions marked at their last prices. */
    double equity();

    /** Sum over symbols of position times last price (negative for shorts). */
    double marketValue();

    /** Price P&L of the closed parts of positions, before fees (average-cost basis). */
    double realizedPnl();

    /** Price P&L of open positions at their last prices against their average entry prices. */
    double unrealizedPnl();

    /** Every fee paid (negative for net rebates). */
    double fees();

    /** Signed position in {@code symbol}. */
    double position(String symbol);

    /** Average entry price of the open position, or NaN when flat. */
    double averageEntryPrice(String symbol);
}

package dev.parallax.live;

/**
 * The account at one moment; see the package description for the P&amp;L conventions.
 *
 * @param initialBalance account value before the first event
 * @param balance        initial balance plus realised P&amp;L
 * @param equity         balance plus unrealised P&amp;L
 * @param realizedPnl    gross P&amp;L of every exit minus every fee paid
 * @param unrealizedPnl  P&amp;L of the open trades at the last prices, before fees
 * @param fees           every fee paid (negative for net rebates)
 * @param peakEquity     highest equity so far, the initial balance included
 * @param drawdown       {@code (peakEquity - equity) / peakEquity}, zero or positive
 * @param openTrades     number of open trades
 */
public record AccountFigures(double initialBalance, double balance, double equity, double realizedPnl,
                             double unrealizedPnl, double fees, double peakEquity, double drawdown,
                             int openTrades) {
}

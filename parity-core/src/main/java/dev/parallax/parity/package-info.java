/**
 * Backtest-live parity: the tracker that matches the backtest and live execution of each trade,
 * the per-trade and daily differences, their attribution, the thresholds that move a strategy
 * between {@link dev.parallax.parity.ParityStatus statuses}, and the auto-disable that stops a
 * strategy whose live trading has drifted from its backtest.
 *
 * <p>Sign convention used by every figure in basis points: <b>positive means live did worse than
 * the backtest</b> (a buy filled higher, a sell filled lower, a higher fee, a lower P&amp;L).
 *
 * <p>Null policy: no method accepts or returns {@code null}. An absent text is the empty string,
 * an absent number is {@code NaN} (stated where it can happen) and absent collections are empty.
 */
package dev.parallax.parity;

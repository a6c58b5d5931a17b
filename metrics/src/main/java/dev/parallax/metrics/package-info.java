/**
 * Performance figures shared by backtest and live: return metrics (total return, CAGR,
 * volatility, Sharpe, Sortino, drawdown, Calmar, omega, tail ratio, VaR, CVaR, stability,
 * moments, probabilistic and deflated Sharpe), closed-trade statistics, equity curves, calendar
 * tables and rolling figures.
 *
 * <p>Conventions, unless a member says otherwise:
 * <ul>
 *   <li>Returns are simple (not log) returns per period, compounded: the equity after
 *       returns {@code r1..rn} is {@code (1 + r1) * ... * (1 + rn)}. A return below {@code -1}
 *       (losing more than everything) and any {@code NaN} or infinity is rejected with an
 *       {@link IllegalArgumentException} that names the index.</li>
 *   <li>Figures follow the empyrical library: sample standard deviation ({@code n - 1}) for
 *       volatility and Sharpe, Sortino's downside deviation over all periods, drawdown on the
 *       compounded curve starting at 1, annualisation by {@code periodsPerYear}.</li>
 *   <li>A figure that the data cannot define is {@code NaN}, never an exception and never an
 *       arbitrary number: no data, too few points, or a ratio of zero to zero. A positive amount
 *       over a zero risk is {@code +Infinity} where the member says so (profit factor, Sortino).</li>
 * </ul>
 *
 * <p>Null policy: no method accepts or returns {@code null}; absent values are {@code NaN} and
 * absent collections are empty.
 */
package dev.parallax.metrics;

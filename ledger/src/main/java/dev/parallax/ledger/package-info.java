/**
 * The one ledger of backtest and live: cash, positions, realized and unrealized P&amp;L, fees and
 * closed positions, built from {@link dev.parallax.sim.api.Fill}s and marks.
 *
 * <p>Conventions, unless a member says otherwise:
 * <ul>
 *   <li>Amounts are in quote currency; sizes are positive and a short position is a negative
 *       quantity.</li>
 *   <li>A buy pays {@code price * size + fee}, a sell receives {@code price * size - fee}; a
 *       negative fee is a rebate.</li>
 *   <li>Running totals (cash, fees, realized P&amp;L, and each lot's sums) are compensated sums
 *       ({@link dev.parallax.sim.api.CompensatedSum}).</li>
 *   <li>Times are epoch nanoseconds.</li>
 * </ul>
 *
 * <p>Null policy: no method accepts or returns {@code null}; an unknown price is {@code NaN}.
 */
package dev.parallax.ledger;

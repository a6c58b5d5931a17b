/**
 * Live trading as it happened: positions, P&amp;L, risk limits and daily summaries of one strategy,
 * kept durably and fed to the parity tracker.
 *
 * <p>{@link dev.parallax.live.LiveExecutionTracker} is the entry point. Everything it knows comes
 * from {@link dev.parallax.live.LiveEvent events} (entries, exits, executions, price marks, risk events) that
 * are written to a {@link dev.parallax.live.LiveEventStore} one transaction each before they count;
 * reopening the store replays them (from the newest {@link dev.parallax.live.StateSnapshot} on)
 * and gives the same figures.
 *
 * <p>P&amp;L conventions, used by every figure in this package:
 * <ul>
 *   <li>Each trade id has exactly one entry. Exits close all or part of it; the cost basis of
 *       every exit is the entry price (with one entry per trade this is the average cost).</li>
 *   <li>An execution that names no trade ({@link dev.parallax.live.LiveExecution}) closes the
 *       symbol's trades on the other side, oldest first, with its fee split by size, and opens a
 *       trade named by its order id with the rest; a later fill of the same order adds to that
 *       trade, whose entry price and cost basis become the size-weighted mean
 *       ({@link dev.parallax.ledger.Ledger#apply}).</li>
 *   <li>Gross P&amp;L of an exit is {@code (exit price - entry price) * size * side sign}.</li>
 *   <li>Fees are realised costs when they are paid: realised P&amp;L is the gross P&amp;L of all
 *       exits minus every fee paid so far, entry fees of still open trades included. A negative
 *       fee is a rebate.</li>
 *   <li>Balance is the initial balance plus realised P&amp;L; no notional changes hands.
 *       Unrealised P&amp;L is {@code (last price - entry price) * open size * side sign} over open
 *       trades, before fees. Equity is balance plus unrealised P&amp;L.</li>
 *   <li>The last price of a symbol is the price of the latest mark, entry, exit or execution of
 *       that symbol, by event time.</li>
 *   <li>A closed trade (for win rate and profit factor) is a trade whose open size reached zero;
 *       its P&amp;L is the gross P&amp;L of its exits minus its entry and exit fees.</li>
 *   <li>Sums of money use compensated (Neumaier) summation.</li>
 * </ul>
 *
 * <p>Null policy: no method accepts or returns {@code null}. An absent text is the empty string,
 * an absent number is {@code NaN} (stated where it can happen), absent values are
 * {@link java.util.Optional#empty()} and absent collections are empty.
 */
package dev.parallax.live;

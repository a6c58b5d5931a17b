/**
 * Research on top of the backtest engine: parameter sweeps over a fixed plan, walk-forward analysis,
 * Monte Carlo resampling, and the figures that correct a winner for the number of trials (deflated
 * Sharpe ratio, probability of backtest overfitting by CSCV).
 *
 * <p>The unit of work is a pure function: a {@link dev.parallax.research.SweepEvaluator} turns a
 * {@link dev.parallax.research.SweepPlan} and one {@link dev.parallax.research.SweepPoint} into a
 * {@link dev.parallax.research.SweepRow}. All three are serializable, so a distributed runner can ship
 * them to workers; {@link dev.parallax.research.LocalSweepRunner} maps the points over a thread pool.
 *
 * <p>Null policy: no parameter or return value is null; absent values are empty collections,
 * {@link dev.parallax.research.BarWindow#ALL} or NaN for figures undefined on the input.
 */
package dev.parallax.research;

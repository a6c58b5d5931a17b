/**
 * Small streaming indicators for strategies (SMA, EMA, rolling standard deviation, ATR, RSI), each
 * O(1) per update, each saying when it is ready.
 *
 * <p>Null policy: no method accepts or returns {@code null}; values before warm-up are {@code NaN}.
 */
package dev.parallax.sim.api.indicator;

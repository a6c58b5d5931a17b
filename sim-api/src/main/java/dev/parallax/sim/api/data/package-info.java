/**
 * Market data as the engine reads it: bars, trades and quotes, and streaming sources of them.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.sim.api.data;

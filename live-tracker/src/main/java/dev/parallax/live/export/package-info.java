/**
 * Exports of the live tracker: the trades as CSV and a JSON snapshot of state and performance.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.live.export;

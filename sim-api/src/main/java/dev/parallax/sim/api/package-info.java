/**
 * What users of the simulator call: orders, fills, market snapshots, model settings and the
 * lookup of execution models by name.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Absent prices are {@code NaN} and
 * absent collections are empty.
 */
package dev.parallax.sim.api;

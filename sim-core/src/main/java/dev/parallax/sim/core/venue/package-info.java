/**
 * The execution simulator as an execution venue ({@link dev.parallax.sim.core.venue.SimulatedVenue}),
 * registered as provider {@code simulated}.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.sim.core.venue;

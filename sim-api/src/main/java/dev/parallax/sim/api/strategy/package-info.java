/**
 * The strategy API: the callbacks a strategy implements, the context it trades through, position
 * sizing, and the provider interface for running strategies by name.
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package dev.parallax.sim.api.strategy;

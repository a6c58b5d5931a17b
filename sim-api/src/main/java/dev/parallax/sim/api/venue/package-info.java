/**
 * The venue seam: where a strategy's orders go and where its executions come from, the same for a
 * backtest, paper trading and live trading. {@link dev.parallax.sim.api.venue.ExecutionVenue} takes
 * orders, cancels and changes; a {@link dev.parallax.sim.api.venue.VenueListener} hears every
 * execution (a {@link dev.parallax.sim.api.Fill}) and every {@link dev.parallax.sim.api.venue.OrderEvent}.
 * A venue that matches orders against the market it is shown, as the simulator does, is also a
 * {@link dev.parallax.sim.api.venue.MatchingVenue}. Venues are found by name through
 * {@link dev.parallax.sim.api.spi.ExecutionVenueProvider}.
 *
 * <p>Null policy: no method accepts or returns {@code null}. An absent price is {@code NaN}; an
 * absent reason is the empty string.
 */
package dev.parallax.sim.api.venue;

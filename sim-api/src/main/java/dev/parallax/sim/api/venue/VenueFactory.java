package dev.parallax.sim.api.venue;

/**
 * Opens venues of one kind, configured once: what an {@link dev.parallax.sim.api.spi.ExecutionVenueProvider}
 * creates from settings. A run opens its own venue, so two runs never share one.
 */
@FunctionalInterface
public interface VenueFactory {

    /** A new venue that executes with {@code setup} and reports to its listener. */
    ExecutionVenue open(VenueSetup setup);
}

package dev.parallax.sim.api.spi;

import dev.parallax.sim.api.venue.VenueFactory;

/**
 * The service interface under which execution venues are registered with
 * {@link java.util.ServiceLoader}: {@code simulated} (the execution simulator, in sim-core) and any
 * venue adapter on the class path. Look one up by name with
 * {@code ModelCatalog.load(ExecutionVenueProvider.class).provider(name)}; an unknown name fails
 * listing the names that exist. {@link #create} reads the venue's settings (for a live venue: where
 * to connect) and returns a factory that opens one venue per run.
 */
public interface ExecutionVenueProvider extends ModelProvider<VenueFactory> {
}

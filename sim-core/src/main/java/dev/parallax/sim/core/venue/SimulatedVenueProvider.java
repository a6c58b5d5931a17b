package dev.parallax.sim.core.venue;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.ExecutionVenueProvider;
import dev.parallax.sim.api.venue.VenueFactory;
import java.util.Set;

/** Provider {@code simulated}: the execution simulator as a venue ({@link SimulatedVenue}). It takes no settings. */
public final class SimulatedVenueProvider implements ExecutionVenueProvider {

    /** The provider's name. */
    public static final String NAME = "simulated";

    /** Opens a {@link SimulatedVenue} with the setup's models, seed and listener. */
    public static final VenueFactory FACTORY = SimulatedVenue::open;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the execution simulator (latency, queue, fill, slippage and fee models of the run, seeded); no settings";
    }

    @Override
    public VenueFactory create(ModelSettings settings) {
        settings.requireOnly(NAME, Set.of());
        return FACTORY;
    }
}

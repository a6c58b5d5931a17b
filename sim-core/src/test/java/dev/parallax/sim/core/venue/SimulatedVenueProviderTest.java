package dev.parallax.sim.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.ExecutionVenueProvider;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.venue.ExecutionVenue;
import dev.parallax.sim.api.venue.VenueSetup;
import dev.parallax.sim.core.ExecutionModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedVenueProviderTest {

    private final ModelCatalog<ExecutionVenueProvider> venues = ModelCatalog.load(ExecutionVenueProvider.class);

    @Test
    void theSimulatedVenueIsFoundByName() {
        List<Object> heard = new ArrayList<>();
        ExecutionModels m = ExecutionModels.DEFAULTS;
        VenueSetup setup = new VenueSetup(m.fee(), m.latency(), m.slippage(), m.queue(), m.fill(), 7, heard::add);
        ExecutionVenue venue = venues.provider("simulated").create(ModelSettings.EMPTY).open(setup);
        assertTrue(venue instanceof SimulatedVenue);
        venue.submit(Order.limit("a", "BTC/USD", Side.BUY, 1, 100, 0));
        assertTrue(venue.isWorking("a"));
    }

    @Test
    void anUnknownVenueNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> venues.provider("binance"));
        assertTrue(e.getMessage().contains("'binance'") && e.getMessage().contains("simulated"), e.getMessage());
    }

    @Test
    void theSimulatedVenueTakesNoSettings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> venues.provider("simulated").create(ModelSettings.of("speed", "2")));
        assertTrue(e.getMessage().contains("speed"), e.getMessage());
        assertEquals("simulated", new SimulatedVenueProvider().name());
    }
}

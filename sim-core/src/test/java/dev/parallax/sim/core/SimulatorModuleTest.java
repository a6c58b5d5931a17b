package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import dev.parallax.sim.core.fee.FlatPerFillFeeModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorModuleTest {

    /** A provider an application adds through Guice instead of ServiceLoader. */
    static final class HouseFees implements FeeModelProvider {
        @Override
        public String name() {
            return "house";
        }

        @Override
        public String description() {
            return "3.0 per fill";
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            return new FlatPerFillFeeModel(3.0);
        }
    }

    @Test
    void buildsASimulatorFromModelNamesAndSettings() {
        SimulatorConfig config = SimulatorConfig.builder().fee(ModelChoice.of("maker-taker", "market_bps", "20"))
                .latency(ModelChoice.of("constant", "submit_ms", "0", "notification_ms", "0"))
                .slippage(ModelChoice.of("zero")).build();
        Injector injector = Guice.createInjector(new SimulatorModule(config));
        ExecutionSimulator sim = injector.getInstance(ExecutionSimulator.class);
        assertNotSame(sim, injector.getInstance(ExecutionSimulator.class), "each injection is a fresh simulator");
        sim.onMarket(new MarketConditions("X", 99, 101, 10, 10, 100, 1_000, 0, 0));
        sim.submit(Order.market("m", "X", Side.BUY, 1, 0));
        Fill fill = sim.fills().get(0);
        assertEquals(101.0, fill.price(), 0.0);
        assertEquals(101 * 20 / 10_000.0, fill.fee(), 1e-12);
    }

    @Test
    void applicationsAddProvidersAndListenersThroughGuice() {
        List<Fill> seen = new ArrayList<>();
        SimulatorConfig config = SimulatorConfig.builder().fee(ModelChoice.of("house"))
                .latency(ModelChoice.of("constant", "submit_ms", "0", "notification_ms", "0")).build();
        Injector injector = Guice.createInjector(new SimulatorModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                MapBinder.newMapBinder(binder(), String.class, FeeModelProvider.class).addBinding("house")
                        .toInstance(new HouseFees());
                OptionalBinder.newOptionalBinder(binder(), FillListener.class).setBinding().toInstance(seen::add);
            }
        });
        assertTrue(injector.getInstance(ModelLookup.class).fees().names().contains("maker-taker"));
        ExecutionSimulator sim = injector.getInstance(ExecutionSimulator.class);
        sim.onMarket(new MarketConditions("X", 99, 101, 10, 10, 100, 1_000, 0, 0));
        sim.submit(Order.market("m", "X", Side.BUY, 1, 0));
        assertEquals(1, seen.size());
        assertEquals(3.0, seen.get(0).fee());
        assertEquals(FillType.AGGRESSIVE, seen.get(0).fillType());
    }

    @Test
    void anUnknownModelNameFailsWhenTheSimulatorIsBuilt() {
        Injector injector = Guice.createInjector(
                new SimulatorModule(SimulatorConfig.builder().queue(ModelChoice.of("fifo-magic")).build()));
        var e = assertThrows(ProvisionException.class, () -> injector.getInstance(ExecutionSimulator.class));
        assertTrue(e.getMessage().contains("no QueueModelProvider named 'fifo-magic'; known names: [front-of-queue, log-probability, "
                + "market-conditions, power-probability, risk-averse]"), e.getMessage());
    }

    @Test
    void configCheckedWhenModuleIsCreated() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatorModule(null));
        assertThrows(CreationException.class, () -> Guice.createInjector(new SimulatorModule(SimulatorConfig.DEFAULT),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        MapBinder.newMapBinder(binder(), String.class, FeeModelProvider.class).addBinding("zero")
                                .toInstance(new HouseFees());
                    }
                }).getInstance(ExecutionSimulator.class));
    }
}

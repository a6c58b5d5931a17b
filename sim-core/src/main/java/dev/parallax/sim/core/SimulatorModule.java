package dev.parallax.sim.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.OptionalBinder;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.FeeModelProvider;
import dev.parallax.sim.api.spi.FillModelProvider;
import dev.parallax.sim.api.spi.LatencyModelProvider;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.spi.ModelProvider;
import dev.parallax.sim.api.spi.QueueModelProvider;
import dev.parallax.sim.api.spi.SlippageModelProvider;
import java.util.ArrayList;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Guice wiring for applications that use Guice; nothing else in Parallax needs it.
 *
 * <p>Binds every provider found by {@link java.util.ServiceLoader} into a
 * {@code MapBinder<String, XxxModelProvider>} keyed by name, so another module can add providers
 * with {@code MapBinder.newMapBinder(binder(), String.class, FeeModelProvider.class).addBinding("my-venue")}.
 * Provides a {@link ModelLookup} over those maps, the {@link ExecutionModels} named by the
 * {@link SimulatorConfig}, and a new {@link ExecutionSimulator} (seeded from the config) per
 * injection. The {@link FillListener} defaults to {@link FillListener#NONE}; override it with
 * {@code OptionalBinder.newOptionalBinder(binder(), FillListener.class).setBinding()}.
 */
public final class SimulatorModule extends AbstractModule {

    private final SimulatorConfig config;
    private final ClassLoader classLoader;

    /** Wires the models named in {@code config}, discovering providers with this class's class loader. */
    public SimulatorModule(SimulatorConfig config) {
        this(config, SimulatorModule.class.getClassLoader());
    }

    /** Wires the models named in {@code config}, discovering providers with {@code classLoader}. */
    public SimulatorModule(SimulatorConfig config, ClassLoader classLoader) {
        this.config = Preconditions.notNull("config", config);
        this.classLoader = Preconditions.notNull("classLoader", classLoader);
    }

    @Override
    protected void configure() {
        bindDiscovered(FeeModelProvider.class);
        bindDiscovered(LatencyModelProvider.class);
        bindDiscovered(SlippageModelProvider.class);
        bindDiscovered(QueueModelProvider.class);
        bindDiscovered(FillModelProvider.class);
        bind(SimulatorConfig.class).toInstance(config);
        OptionalBinder.newOptionalBinder(binder(), FillListener.class).setDefault().toInstance(FillListener.NONE);
    }

    private <P extends ModelProvider<?>> void bindDiscovered(Class<P> service) {
        MapBinder<String, P> map = MapBinder.newMapBinder(binder(), String.class, service);
        for (P provider : ModelCatalog.load(service, classLoader).providers()) {
            map.addBinding(provider.name()).toInstance(provider);
        }
    }

    @Provides
    @Singleton
    ModelLookup modelLookup(Map<String, FeeModelProvider> fees, Map<String, LatencyModelProvider> latencies,
                            Map<String, SlippageModelProvider> slippages, Map<String, QueueModelProvider> queues,
                            Map<String, FillModelProvider> fills) {
        return new ModelLookup(ModelCatalog.of(FeeModelProvider.class, new ArrayList<>(fees.values())),
                ModelCatalog.of(LatencyModelProvider.class, new ArrayList<>(latencies.values())),
                ModelCatalog.of(SlippageModelProvider.class, new ArrayList<>(slippages.values())),
                ModelCatalog.of(QueueModelProvider.class, new ArrayList<>(queues.values())),
                ModelCatalog.of(FillModelProvider.class, new ArrayList<>(fills.values())));
    }

    @Provides
    @Singleton
    ExecutionModels executionModels(ModelLookup lookup, SimulatorConfig config) {
        return ExecutionModels.from(lookup, config);
    }

    @Provides
    ExecutionSimulator executionSimulator(ExecutionModels models, SimulatorConfig config, FillListener listener) {
        return new ExecutionSimulator(models, new SplittableRandom(config.seed()), listener);
    }
}

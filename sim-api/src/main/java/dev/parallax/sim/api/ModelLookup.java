package dev.parallax.sim.api;

import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import dev.parallax.sim.api.spi.FillModel;
import dev.parallax.sim.api.spi.FillModelProvider;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.LatencyModelProvider;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.spi.ModelProvider;
import dev.parallax.sim.api.spi.QueueModel;
import dev.parallax.sim.api.spi.QueueModelProvider;
import dev.parallax.sim.api.spi.SlippageModel;
import dev.parallax.sim.api.spi.SlippageModelProvider;

/**
 * Finds the five kinds of execution model by name among the providers on the classpath.
 *
 * <pre>{@code
 * ModelLookup models = ModelLookup.fromClasspath();
 * FeeModel fees = models.fee("maker-taker", ModelSettings.of("maker_bps", "2"));
 * }</pre>
 *
 * An unknown name fails with a message that lists the names that exist.
 */
public final class ModelLookup {

    private final ModelCatalog<FeeModelProvider> fees;
    private final ModelCatalog<LatencyModelProvider> latencies;
    private final ModelCatalog<SlippageModelProvider> slippages;
    private final ModelCatalog<QueueModelProvider> queues;
    private final ModelCatalog<FillModelProvider> fills;

    /** A lookup over the given catalogs. */
    public ModelLookup(ModelCatalog<FeeModelProvider> fees, ModelCatalog<LatencyModelProvider> latencies,
                       ModelCatalog<SlippageModelProvider> slippages, ModelCatalog<QueueModelProvider> queues,
                       ModelCatalog<FillModelProvider> fills) {
        this.fees = Preconditions.notNull("fees", fees);
        this.latencies = Preconditions.notNull("latencies", latencies);
        this.slippages = Preconditions.notNull("slippages", slippages);
        this.queues = Preconditions.notNull("queues", queues);
        this.fills = Preconditions.notNull("fills", fills);
    }

    /** Every provider visible to the thread's context class loader. */
    public static ModelLookup fromClasspath() {
        return new ModelLookup(ModelCatalog.load(FeeModelProvider.class), ModelCatalog.load(LatencyModelProvider.class),
                ModelCatalog.load(SlippageModelProvider.class), ModelCatalog.load(QueueModelProvider.class),
                ModelCatalog.load(FillModelProvider.class));
    }

    /** Every provider visible to {@code loader}. */
    public static ModelLookup from(ClassLoader loader) {
        return new ModelLookup(ModelCatalog.load(FeeModelProvider.class, loader),
                ModelCatalog.load(LatencyModelProvider.class, loader),
                ModelCatalog.load(SlippageModelProvider.class, loader),
                ModelCatalog.load(QueueModelProvider.class, loader),
                ModelCatalog.load(FillModelProvider.class, loader));
    }

    /**
     * The fee model named {@code name}, created from {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown name, or settings the model rejects; the
     *                                  message names the model and the settings given
     */
    public FeeModel fee(String name, ModelSettings settings) {
        return create("fee", fees, name, settings);
    }

    /**
     * The latency model named {@code name}, created from {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown name, or settings the model rejects; the
     *                                  message names the model and the settings given
     */
    public LatencyModel latency(String name, ModelSettings settings) {
        return create("latency", latencies, name, settings);
    }

    /**
     * The slippage model named {@code name}, created from {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown name, or settings the model rejects; the
     *                                  message names the model and the settings given
     */
    public SlippageModel slippage(String name, ModelSettings settings) {
        return create("slippage", slippages, name, settings);
    }

    /**
     * The queue model named {@code name}, created from {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown name, or settings the model rejects; the
     *                                  message names the model and the settings given
     */
    public QueueModel queue(String name, ModelSettings settings) {
        return create("queue", queues, name, settings);
    }

    /**
     * The fill model named {@code name}, created from {@code settings}.
     *
     * @throws IllegalArgumentException for an unknown name, or settings the model rejects; the
     *                                  message names the model and the settings given
     */
    public FillModel fill(String name, ModelSettings settings) {
        return create("fill", fills, name, settings);
    }

    /** The fee model providers. */
    public ModelCatalog<FeeModelProvider> fees() {
        return fees;
    }

    /** The latency model providers. */
    public ModelCatalog<LatencyModelProvider> latencies() {
        return latencies;
    }

    /** The slippage model providers. */
    public ModelCatalog<SlippageModelProvider> slippages() {
        return slippages;
    }

    /** The queue model providers. */
    public ModelCatalog<QueueModelProvider> queues() {
        return queues;
    }

    /** The fill model providers. */
    public ModelCatalog<FillModelProvider> fills() {
        return fills;
    }

    /**
     * Creates the model, adding the model's name and the settings given to a rejection: a provider
     * checks values under the names of its own fields, which a user who wrote {@code max_share=2}
     * may not recognise.
     */
    private static <M> M create(String kind, ModelCatalog<? extends ModelProvider<M>> catalog, String name,
                                ModelSettings settings) {
        ModelProvider<M> provider = catalog.provider(name);
        Preconditions.notNull("settings", settings);
        try {
            return provider.create(settings);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(kind + " model '" + name + "' rejected settings " + settings.asMap()
                    + ": " + e.getMessage(), e);
        }
    }
}

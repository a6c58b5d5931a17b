package dev.parallax.sim.api.spi;

/**
 * The service interface under which {@link SlippageModel} implementations are registered with
 * {@link java.util.ServiceLoader}.
 */
public interface SlippageModelProvider extends ModelProvider<SlippageModel> {
}

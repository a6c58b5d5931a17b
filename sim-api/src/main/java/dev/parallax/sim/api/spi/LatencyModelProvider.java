package dev.parallax.sim.api.spi;

/**
 * The service interface under which {@link LatencyModel} implementations are registered with
 * {@link java.util.ServiceLoader}.
 */
public interface LatencyModelProvider extends ModelProvider<LatencyModel> {
}

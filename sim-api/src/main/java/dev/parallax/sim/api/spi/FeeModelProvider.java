package dev.parallax.sim.api.spi;

/**
 * The service interface under which {@link FeeModel} implementations are registered with
 * {@link java.util.ServiceLoader}.
 */
public interface FeeModelProvider extends ModelProvider<FeeModel> {
}

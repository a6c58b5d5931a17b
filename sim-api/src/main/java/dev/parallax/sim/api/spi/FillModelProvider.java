package dev.parallax.sim.api.spi;

/**
 * The service interface under which {@link FillModel} implementations are registered with
 * {@link java.util.ServiceLoader}.
 */
public interface FillModelProvider extends ModelProvider<FillModel> {
}

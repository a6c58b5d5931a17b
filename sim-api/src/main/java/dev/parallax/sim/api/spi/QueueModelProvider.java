package dev.parallax.sim.api.spi;

/**
 * The service interface under which {@link QueueModel} implementations are registered with
 * {@link java.util.ServiceLoader}.
 */
public interface QueueModelProvider extends ModelProvider<QueueModel> {
}

package dev.parallax.sim.api.strategy;

import dev.parallax.sim.api.spi.ModelProvider;

/**
 * The service interface under which strategies are registered with {@link java.util.ServiceLoader},
 * so that tools can run a strategy by name with settings (for example
 * {@code sma-cross} with {@code fast=5, slow=20}). Look one up with
 * {@code ModelCatalog.load(StrategyProvider.class).provider(name)}.
 */
public interface StrategyProvider extends ModelProvider<Strategy> {
}

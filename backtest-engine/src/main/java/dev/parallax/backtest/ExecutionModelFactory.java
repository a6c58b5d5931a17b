package dev.parallax.backtest;

import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.SimulatorConfig;

/**
 * Makes the execution models of one backtest run. Every run calls {@link #create()} once and gives
 * the models to its own simulator, so a model that keeps state (a fee model's rolling 30-day volume)
 * starts afresh in every run, and two runs of one configuration give identical results.
 *
 * <p>A factory must return new instances of every model that keeps state; returning one shared
 * instance is fine only for models without state (all of {@code sim-core}'s defaults).
 */
@FunctionalInterface
public interface ExecutionModelFactory {

    /** The models of {@link ExecutionModels#DEFAULTS}, which keep no state. */
    ExecutionModelFactory DEFAULTS = () -> ExecutionModels.DEFAULTS;

    /** New models for one run. */
    ExecutionModels create();

    /** Models chosen by name in {@code choices}, created by the providers on the classpath. */
    static ExecutionModelFactory of(SimulatorConfig choices) {
        return of(ModelLookup.fromClasspath(), choices);
    }

    /**
     * Models chosen by name in {@code choices}, created by the providers {@code lookup} finds. The
     * models are created once here, so an unknown name or a bad setting fails now, not in a run.
     */
    static ExecutionModelFactory of(ModelLookup lookup, SimulatorConfig choices) {
        Preconditions.notNull("lookup", lookup);
        Preconditions.notNull("choices", choices);
        ExecutionModels.from(lookup, choices);
        return () -> ExecutionModels.from(lookup, choices);
    }
}

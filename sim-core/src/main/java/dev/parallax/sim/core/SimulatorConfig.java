package dev.parallax.sim.core;

import dev.parallax.sim.api.Preconditions;

/**
 * Which models a simulator uses, by provider name, and the seed of its random generator.
 *
 * @param fee      fee model
 * @param latency  latency model
 * @param slippage slippage model
 * @param queue    queue model
 * @param fill     fill model
 * @param seed     seed of the simulator's one random generator
 */
public record SimulatorConfig(ModelChoice fee, ModelChoice latency, ModelChoice slippage, ModelChoice queue,
                              ModelChoice fill, long seed) {

    /** The default models (see {@link ExecutionModels#DEFAULTS}) and seed 42. */
    public static final SimulatorConfig DEFAULT = new SimulatorConfig(ModelChoice.of("maker-taker"),
            ModelChoice.of("uniform-spikes"), ModelChoice.of("spread-impact"), ModelChoice.of("market-conditions"),
            ModelChoice.of("partial-probability"), 42L);

    /**
     * Ideal execution, what a textbook or a vectorised backtester assumes: no fee ({@code zero}), no
     * latency ({@code constant} at 0 ms for orders, market data and fill notices), no slippage
     * ({@code zero}), nothing ahead in the queue ({@code front-of-queue}), every fill whole
     * ({@code partial-probability} with both probabilities 0); seed 42. With a bar spread of 0 a
     * market order fills at the bar price it meets.
     */
    public static final SimulatorConfig IDEAL = new SimulatorConfig(ModelChoice.of("zero"),
            ModelChoice.of("constant", "submit_ms", "0", "market_data_ms", "0", "notification_ms", "0"),
            ModelChoice.of("zero"), ModelChoice.of("front-of-queue"),
            ModelChoice.of("partial-probability", "market_probability", "0", "max_limit_probability", "0"), 42L);

    /** Checks that every model is chosen. */
    public SimulatorConfig {
        Preconditions.notNull("fee", fee);
        Preconditions.notNull("latency", latency);
        Preconditions.notNull("slippage", slippage);
        Preconditions.notNull("queue", queue);
        Preconditions.notNull("fill", fill);
    }

    /** A copy with another fee model. */
    public SimulatorConfig withFee(ModelChoice fee) {
        return new SimulatorConfig(fee, latency, slippage, queue, fill, seed);
    }

    /** A copy with another latency model. */
    public SimulatorConfig withLatency(ModelChoice latency) {
        return new SimulatorConfig(fee, latency, slippage, queue, fill, seed);
    }

    /** A copy with another slippage model. */
    public SimulatorConfig withSlippage(ModelChoice slippage) {
        return new SimulatorConfig(fee, latency, slippage, queue, fill, seed);
    }

    /** A copy with another queue model. */
    public SimulatorConfig withQueue(ModelChoice queue) {
        return new SimulatorConfig(fee, latency, slippage, queue, fill, seed);
    }

    /** A copy with another fill model. */
    public SimulatorConfig withFill(ModelChoice fill) {
        return new SimulatorConfig(fee, latency, slippage, queue, fill, seed);
    }

    /** A copy with another seed. */
    public SimulatorConfig withSeed(long seed) {
        return new SimulatorConfig(fee, latency, slippage, queue, fill, seed);
    }
}

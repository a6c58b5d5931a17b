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

    /** A builder holding the values of {@link #DEFAULT}. */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    /** A builder holding the values of this config, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the model choices and seed of a {@link SimulatorConfig}; {@link #build()} checks them in the record's
     * constructor, so a bad value fails there with the constructor's message. Not thread-safe.
     */
    public static final class Builder {
        private ModelChoice fee;
        private ModelChoice latency;
        private ModelChoice slippage;
        private ModelChoice queue;
        private ModelChoice fill;
        private long seed;

        private Builder(SimulatorConfig from) {
            fee = from.fee;
            latency = from.latency;
            slippage = from.slippage;
            queue = from.queue;
            fill = from.fill;
            seed = from.seed;
        }

        /** Sets the fee model. */
        public Builder fee(ModelChoice value) {
            fee = value;
            return this;
        }

        /** Sets the latency model. */
        public Builder latency(ModelChoice value) {
            latency = value;
            return this;
        }

        /** Sets the slippage model. */
        public Builder slippage(ModelChoice value) {
            slippage = value;
            return this;
        }

        /** Sets the queue model. */
        public Builder queue(ModelChoice value) {
            queue = value;
            return this;
        }

        /** Sets the fill model. */
        public Builder fill(ModelChoice value) {
            fill = value;
            return this;
        }

        /** Sets the seed of the random generator. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** The config of the values set, checked by the record's constructor. */
        public SimulatorConfig build() {
            return new SimulatorConfig(fee, latency, slippage, queue, fill, seed);
        }
    }
}

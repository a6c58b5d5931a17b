package dev.parallax.sim.core;

import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FillModel;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.QueueModel;
import dev.parallax.sim.api.spi.SlippageModel;
import dev.parallax.sim.core.fee.MakerTakerFeeModel;
import dev.parallax.sim.core.fill.PartialProbabilityFillModel;
import dev.parallax.sim.core.latency.UniformSpikeLatencyModel;
import dev.parallax.sim.core.queue.MarketConditionsQueueModel;
import dev.parallax.sim.core.slippage.SpreadImpactSlippageModel;

/**
 * The five models an {@link ExecutionSimulator} runs with.
 *
 * @param fee      prices each fill's fee
 * @param latency  delays orders, cancels and fill notifications
 * @param slippage moves the price of fills that take liquidity
 * @param queue    tracks the quantity ahead of resting limit orders
 * @param fill     decides how much fills at each opportunity
 */
public record ExecutionModels(FeeModel fee, LatencyModel latency, SlippageModel slippage, QueueModel queue,
                              FillModel fill) {

    /** The defaults: maker-taker fees, uniform latency with spikes, spread-impact slippage, market-conditions queue, partial-probability fills. */
    public static final ExecutionModels DEFAULTS = new ExecutionModels(MakerTakerFeeModel.DEFAULT,
            UniformSpikeLatencyModel.DEFAULT, SpreadImpactSlippageModel.DEFAULT, MarketConditionsQueueModel.DEFAULT,
            PartialProbabilityFillModel.DEFAULT);

    /** Checks that every model is present. */
    public ExecutionModels {
        Preconditions.notNull("fee", fee);
        Preconditions.notNull("latency", latency);
        Preconditions.notNull("slippage", slippage);
        Preconditions.notNull("queue", queue);
        Preconditions.notNull("fill", fill);
    }

    /** The models named in {@code config}, created by the providers {@code lookup} finds. */
    public static ExecutionModels from(ModelLookup lookup, SimulatorConfig config) {
        return new ExecutionModels(
                lookup.fee(config.fee().name(), config.fee().settings()),
                lookup.latency(config.latency().name(), config.latency().settings()),
                lookup.slippage(config.slippage().name(), config.slippage().settings()),
                lookup.queue(config.queue().name(), config.queue().settings()),
                lookup.fill(config.fill().name(), config.fill().settings()));
    }

    /** A builder holding the values of {@link #DEFAULTS}. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder holding the values of these models, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the five models of an {@link ExecutionModels}; {@link #build()} checks them in the record's
     * constructor, so a bad value fails there with the constructor's message. Not thread-safe.
     */
    public static final class Builder {
        private FeeModel fee;
        private LatencyModel latency;
        private SlippageModel slippage;
        private QueueModel queue;
        private FillModel fill;

        private Builder(ExecutionModels from) {
            fee = from.fee;
            latency = from.latency;
            slippage = from.slippage;
            queue = from.queue;
            fill = from.fill;
        }

        /** Sets the fee model. */
        public Builder fee(FeeModel value) {
            fee = value;
            return this;
        }

        /** Sets the latency model. */
        public Builder latency(LatencyModel value) {
            latency = value;
            return this;
        }

        /** Sets the slippage model. */
        public Builder slippage(SlippageModel value) {
            slippage = value;
            return this;
        }

        /** Sets the queue model. */
        public Builder queue(QueueModel value) {
            queue = value;
            return this;
        }

        /** Sets the fill model. */
        public Builder fill(FillModel value) {
            fill = value;
            return this;
        }

        /** The models set, checked by the record's constructor. */
        public ExecutionModels build() {
            return new ExecutionModels(fee, latency, slippage, queue, fill);
        }
    }
}

package dev.parallax.sim.core.latency;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.LatencyModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Delays drawn uniformly from a range per kind, multiplied by {@code spikeMultiplier} with
 * probability {@code spikeProbability} to model the moments a network stalls.
 *
 * <p>Each draw takes two numbers from the generator, in this order: {@code u} for the point in the
 * range, then {@code v} for the spike: {@code delay = range.at(u) * (v < spikeProbability ? spikeMultiplier : 1)}.
 *
 * <p>Defaults (the {@code uniform-spikes} provider): order submit 50-200 ms, market data 5-50 ms,
 * fill notification 20-100 ms, a stable network 95% of the time and 5x spikes otherwise.
 *
 * @param orderSubmit       range for {@link LatencyKind#ORDER_SUBMIT}
 * @param marketData        range for {@link LatencyKind#MARKET_DATA}
 * @param fillNotification  range for {@link LatencyKind#FILL_NOTIFICATION}
 * @param spikeProbability  chance that one draw is a spike, in {@code [0, 1]}
 * @param spikeMultiplier   factor applied to a spike, {@code >= 1}
 */
public record UniformSpikeLatencyModel(LatencyRange orderSubmit, LatencyRange marketData,
                                       LatencyRange fillNotification, double spikeProbability,
                                       double spikeMultiplier) implements LatencyModel {

    /** 50-200 ms submit, 5-50 ms market data, 20-100 ms notification, 5% spikes of 5x. */
    public static final UniformSpikeLatencyModel DEFAULT = new UniformSpikeLatencyModel(
            new LatencyRange(50, 200), new LatencyRange(5, 50), new LatencyRange(20, 100), 0.05, 5.0);

    /** Validates the ranges and the spike settings. */
    public UniformSpikeLatencyModel {
        Preconditions.notNull("orderSubmit", orderSubmit);
        Preconditions.notNull("marketData", marketData);
        Preconditions.notNull("fillNotification", fillNotification);
        Preconditions.inRange("spikeProbability", spikeProbability, 0, 1);
        Preconditions.inRange("spikeMultiplier", spikeMultiplier, 1, 1_000);
    }

    @Override
    public long sampleNanos(LatencyKind kind, RandomGenerator rng) {
        LatencyRange range = switch (kind) {
            case ORDER_SUBMIT -> orderSubmit;
            case MARKET_DATA -> marketData;
            case FILL_NOTIFICATION -> fillNotification;
        };
        double millis = range.at(rng.nextDouble());
        if (rng.nextDouble() < spikeProbability) {
            millis *= spikeMultiplier;
        }
        return Millis.toNanos(millis);
    }

    /**
     * Registers {@code uniform-spikes}; settings {@code submit_min_ms}, {@code submit_max_ms},
     * {@code market_data_min_ms}, {@code market_data_max_ms}, {@code notification_min_ms},
     * {@code notification_max_ms}, {@code spike_probability}, {@code spike_multiplier}.
     */
    public static final class Provider implements LatencyModelProvider {
        @Override
        public String name() {
            return "uniform-spikes";
        }

        @Override
        public String description() {
            return "uniform delays per kind with occasional spikes; settings submit_min_ms (50), submit_max_ms (200), "
                    + "market_data_min_ms (5), market_data_max_ms (50), notification_min_ms (20), "
                    + "notification_max_ms (100), spike_probability (0.05), spike_multiplier (5)";
        }

        @Override
        public LatencyModel create(ModelSettings s) {
            s.requireOnly("latency model 'uniform-spikes'", Set.of("submit_min_ms", "submit_max_ms",
                    "market_data_min_ms", "market_data_max_ms", "notification_min_ms", "notification_max_ms",
                    "spike_probability", "spike_multiplier"));
            UniformSpikeLatencyModel d = DEFAULT;
            return new UniformSpikeLatencyModel(
                    new LatencyRange(s.getDouble("submit_min_ms", d.orderSubmit.minMillis()),
                            s.getDouble("submit_max_ms", d.orderSubmit.maxMillis())),
                    new LatencyRange(s.getDouble("market_data_min_ms", d.marketData.minMillis()),
                            s.getDouble("market_data_max_ms", d.marketData.maxMillis())),
                    new LatencyRange(s.getDouble("notification_min_ms", d.fillNotification.minMillis()),
                            s.getDouble("notification_max_ms", d.fillNotification.maxMillis())),
                    s.getDouble("spike_probability", d.spikeProbability),
                    s.getDouble("spike_multiplier", d.spikeMultiplier));
        }
    }
}

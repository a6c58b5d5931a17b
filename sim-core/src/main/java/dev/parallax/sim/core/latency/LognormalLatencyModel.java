package dev.parallax.sim.core.latency;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.LatencyModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Log-normally distributed delays, the usual shape of network round trips: most are near the
 * median, a long tail is slow. Each kind is set from its median and 99th percentile:
 * {@code mu = ln(median)}, {@code sigma = ln(p99 / median) / z99} with {@code z99 = 2.3263478740408408}
 * (the standard normal 99% quantile), and a draw is {@code exp(mu + sigma * Z)} with one
 * {@code Z = rng.nextGaussian()}.
 *
 * @param orderSubmit      median and p99 for {@link LatencyKind#ORDER_SUBMIT}
 * @param marketData       median and p99 for {@link LatencyKind#MARKET_DATA}
 * @param fillNotification median and p99 for {@link LatencyKind#FILL_NOTIFICATION}
 */
public record LognormalLatencyModel(Percentiles orderSubmit, Percentiles marketData, Percentiles fillNotification)
        implements LatencyModel {

    /** The standard normal quantile at 0.99. */
    static final double Z99 = 2.3263478740408408;

    /**
     * Median and 99th percentile of one delay, in milliseconds.
     *
     * @param medianMillis median, finite and {@code > 0}
     * @param p99Millis    99th percentile, finite and {@code > medianMillis}
     */
    public record Percentiles(double medianMillis, double p99Millis) {
        /** Validates that the tail lies above the median. */
        public Percentiles {
            Preconditions.positive("medianMillis", medianMillis);
            Preconditions.positive("p99Millis", p99Millis);
            if (p99Millis <= medianMillis) {
                throw new IllegalArgumentException(
                        "p99Millis must be > medianMillis, was " + p99Millis + " <= " + medianMillis);
            }
        }

        /** The log-scale deviation {@code ln(p99 / median) / z99}. */
        public double sigma() {
            return Math.log(p99Millis / medianMillis) / Z99;
        }
    }

    /** Validates that every kind is set. */
    public LognormalLatencyModel {
        Preconditions.notNull("orderSubmit", orderSubmit);
        Preconditions.notNull("marketData", marketData);
        Preconditions.notNull("fillNotification", fillNotification);
    }

    @Override
    public long sampleNanos(LatencyKind kind, RandomGenerator rng) {
        Percentiles p = switch (kind) {
            case ORDER_SUBMIT -> orderSubmit;
            case MARKET_DATA -> marketData;
            case FILL_NOTIFICATION -> fillNotification;
        };
        return Millis.toNanos(p.medianMillis() * Math.exp(p.sigma() * rng.nextGaussian()));
    }

    /**
     * Registers {@code lognormal}; settings {@code submit_median_ms} (100), {@code submit_p99_ms} (400),
     * {@code market_data_median_ms} (15), {@code market_data_p99_ms} (60), {@code notification_median_ms}
     * (50), {@code notification_p99_ms} (200).
     */
    public static final class Provider implements LatencyModelProvider {
        @Override
        public String name() {
            return "lognormal";
        }

        @Override
        public String description() {
            return "log-normal delays from median and p99; settings submit_median_ms (100), submit_p99_ms (400), "
                    + "market_data_median_ms (15), market_data_p99_ms (60), notification_median_ms (50), "
                    + "notification_p99_ms (200)";
        }

        @Override
        public LatencyModel create(ModelSettings s) {
            s.requireOnly("latency model 'lognormal'", Set.of("submit_median_ms", "submit_p99_ms",
                    "market_data_median_ms", "market_data_p99_ms", "notification_median_ms", "notification_p99_ms"));
            return new LognormalLatencyModel(
                    new Percentiles(s.getDouble("submit_median_ms", 100), s.getDouble("submit_p99_ms", 400)),
                    new Percentiles(s.getDouble("market_data_median_ms", 15), s.getDouble("market_data_p99_ms", 60)),
                    new Percentiles(s.getDouble("notification_median_ms", 50),
                            s.getDouble("notification_p99_ms", 200)));
        }
    }
}

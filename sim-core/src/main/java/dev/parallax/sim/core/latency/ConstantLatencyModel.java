package dev.parallax.sim.core.latency;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.LatencyModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The same delay every time for each kind; draws nothing from the generator. Useful for
 * reproducing a measured median or for switching latency off (all zero).
 *
 * @param orderSubmitMillis      order-submit delay, {@code >= 0}
 * @param marketDataMillis       market-data delay, {@code >= 0}
 * @param fillNotificationMillis fill-notification delay, {@code >= 0}
 */
public record ConstantLatencyModel(double orderSubmitMillis, double marketDataMillis, double fillNotificationMillis)
        implements LatencyModel {

    /** No delay at all. */
    public static final ConstantLatencyModel ZERO = new ConstantLatencyModel(0, 0, 0);

    /** Validates the delays. */
    public ConstantLatencyModel {
        Preconditions.nonNegative("orderSubmitMillis", orderSubmitMillis);
        Preconditions.nonNegative("marketDataMillis", marketDataMillis);
        Preconditions.nonNegative("fillNotificationMillis", fillNotificationMillis);
    }

    @Override
    public long sampleNanos(LatencyKind kind, RandomGenerator rng) {
        return Millis.toNanos(switch (kind) {
            case ORDER_SUBMIT -> orderSubmitMillis;
            case MARKET_DATA -> marketDataMillis;
            case FILL_NOTIFICATION -> fillNotificationMillis;
        });
    }

    /** Registers {@code constant}; settings {@code submit_ms} (100), {@code market_data_ms} (20), {@code notification_ms} (50). */
    public static final class Provider implements LatencyModelProvider {
        @Override
        public String name() {
            return "constant";
        }

        @Override
        public String description() {
            return "fixed delays; settings submit_ms (100), market_data_ms (20), notification_ms (50)";
        }

        @Override
        public LatencyModel create(ModelSettings s) {
            s.requireOnly("latency model 'constant'", Set.of("submit_ms", "market_data_ms", "notification_ms"));
            return new ConstantLatencyModel(s.getDouble("submit_ms", 100), s.getDouble("market_data_ms", 20),
                    s.getDouble("notification_ms", 50));
        }
    }
}

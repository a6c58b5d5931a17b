package dev.parallax.sim.core.latency;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.LatencyModelProvider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Delays drawn from latencies recorded on a real connection.
 *
 * <p>{@link Mode#RESAMPLE} returns one recorded value chosen uniformly ({@code rng.nextInt(n)}).
 * {@link Mode#INTERPOLATE} draws {@code u = rng.nextDouble()} and returns the empirical quantile at
 * {@code u}, interpolated linearly between the sorted samples: position {@code u * (n - 1)}. It
 * can return values between recorded ones but never outside their range.
 */
public final class EmpiricalLatencyModel implements LatencyModel {

    /** How a delay is drawn from the samples. */
    public enum Mode {
        /** Pick one recorded value. */
        RESAMPLE,
        /** Interpolate the empirical quantile function. */
        INTERPOLATE
    }

    private final double[] submit;
    private final double[] marketData;
    private final double[] notification;
    private final Mode mode;

    /**
     * A model over recorded delays in milliseconds, one array per kind; arrays are copied and
     * sorted. Each must hold at least one finite value {@code >= 0}.
     */
    public EmpiricalLatencyModel(double[] submitMillis, double[] marketDataMillis, double[] notificationMillis,
                                 Mode mode) {
        this.submit = checkedSorted("submitMillis", submitMillis);
        this.marketData = checkedSorted("marketDataMillis", marketDataMillis);
        this.notification = checkedSorted("notificationMillis", notificationMillis);
        this.mode = Preconditions.notNull("mode", mode);
    }

    private static double[] checkedSorted(String field, double[] values) {
        Preconditions.notNull(field, values);
        if (values.length == 0) {
            throw new IllegalArgumentException(field + " must hold at least one recorded latency, was empty");
        }
        for (int i = 0; i < values.length; i++) {
            Preconditions.nonNegative(field + "[" + i + "]", values[i]);
        }
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    @Override
    public long sampleNanos(LatencyKind kind, RandomGenerator rng) {
        double[] samples = switch (kind) {
            case ORDER_SUBMIT -> submit;
            case MARKET_DATA -> marketData;
            case FILL_NOTIFICATION -> notification;
        };
        return Millis.toNanos(mode == Mode.RESAMPLE ? samples[rng.nextInt(samples.length)]
                : quantile(samples, rng.nextDouble()));
    }

    /** The linearly interpolated quantile of sorted {@code samples} at {@code u} in {@code [0, 1]}. */
    static double quantile(double[] samples, double u) {
        double position = u * (samples.length - 1);
        int lower = (int) Math.floor(position);
        if (lower >= samples.length - 1) {
            return samples[samples.length - 1];
        }
        return samples[lower] + (samples[lower + 1] - samples[lower]) * (position - lower);
    }

    /** The mode of drawing. */
    public Mode mode() {
        return mode;
    }

    /**
     * Registers {@code empirical}; settings {@code samples_ms} (comma-separated delays used for every
     * kind unless overridden), {@code submit_ms}, {@code market_data_ms}, {@code notification_ms}
     * (per-kind lists) and {@code mode} ({@code resample} or {@code interpolate}, default resample).
     */
    public static final class Provider implements LatencyModelProvider {
        @Override
        public String name() {
            return "empirical";
        }

        @Override
        public String description() {
            return "resamples or interpolates recorded delays; settings samples_ms, submit_ms, market_data_ms, "
                    + "notification_ms (comma-separated ms), mode (resample|interpolate)";
        }

        @Override
        public LatencyModel create(ModelSettings s) {
            s.requireOnly("latency model 'empirical'",
                    Set.of("samples_ms", "submit_ms", "market_data_ms", "notification_ms", "mode"));
            double[] shared = s.getDoubles("samples_ms");
            String rawMode = s.getString("mode", "resample");
            Mode mode;
            try {
                mode = Mode.valueOf(rawMode.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "setting 'mode' must be resample or interpolate, was '" + rawMode + "'");
            }
            return new EmpiricalLatencyModel(orShared(s.getDoubles("submit_ms"), shared, "submit_ms"),
                    orShared(s.getDoubles("market_data_ms"), shared, "market_data_ms"),
                    orShared(s.getDoubles("notification_ms"), shared, "notification_ms"), mode);
        }

        private static double[] orShared(double[] own, double[] shared, String key) {
            if (own.length > 0) {
                return own;
            }
            if (shared.length == 0) {
                throw new IllegalArgumentException("latency model 'empirical' needs setting '" + key
                        + "' or 'samples_ms' with at least one recorded latency in ms");
            }
            return shared;
        }
    }
}

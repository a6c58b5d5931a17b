package dev.parallax.adapters.fee;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;

/**
 * Bitstamp's maker/taker fee tiers by trailing 30-day USD volume.
 *
 * <p>The tiers are in {@value #RESOURCE}, which names the page they were taken from, the date, and
 * what could not be verified. The fee is computed by {@link TieredFeeModel}.
 */
public final class BitstampFeeSchedule {

    /** Class-path resource holding the schedule. */
    public static final String RESOURCE = "/dev/parallax/adapters/fee/bitstamp.json";

    private BitstampFeeSchedule() {
    }

    /** The schedule, read from {@value #RESOURCE}. */
    public static FeeSchedule load() {
        return ScheduleJson.resource(RESOURCE);
    }

    /**
     * Registers {@code bitstamp}. Settings: {@code tier} (a fixed tier name; default: chosen from the trailing 30-day
     * volume), {@code outside_volume} (0), {@code volume_scale} (1).
     */
    public static final class Provider implements FeeModelProvider {

        /** The provider's name. */
        public static final String NAME = "bitstamp";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "Bitstamp maker/taker tiers by 30-day volume; settings " + TierSettings.DOC;
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            settings.requireOnly("fee model '" + NAME + "'", TierSettings.KEYS);
            return TierSettings.model(load(), settings, 1.0);
        }
    }
}

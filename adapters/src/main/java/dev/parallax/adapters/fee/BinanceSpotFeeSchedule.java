package dev.parallax.adapters.fee;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;

/**
 * Binance's spot maker/taker fee tiers (VIP levels) by trailing 30-day USD volume, with the discount for paying fees in
 * BNB as an option.
 *
 * <p>The tiers are in {@value #RESOURCE}, which names the page they were taken from, the date, and
 * what could not be verified. The fee is computed by {@link TieredFeeModel}.
 */
public final class BinanceSpotFeeSchedule {

    /** Class-path resource holding the schedule. */
    public static final String RESOURCE = "/dev/parallax/adapters/fee/binance-spot.json";

    /** The discount on spot fees paid in BNB that the schedule states: 25%. */
    public static final double DEFAULT_BNB_DISCOUNT = 0.25;

    private BinanceSpotFeeSchedule() {
    }

    /** The schedule, read from {@value #RESOURCE}. */
    public static FeeSchedule load() {
        return ScheduleJson.resource(RESOURCE);
    }

    /**
     * Registers {@code binance-spot}. Settings: {@code tier} (a fixed tier name; default: chosen from the trailing
     * 30-day volume), {@code outside_volume} (0), {@code volume_scale} (1), {@code pay_in_bnb} (false) and {@code
     * bnb_discount} (0.25, the share taken off positive fees when paying in BNB).
     */
    public static final class Provider implements FeeModelProvider {

        /** The provider's name. */
        public static final String NAME = "binance-spot";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "Binance spot maker/taker tiers by 30-day volume; settings " + TierSettings.DOC + ", pay_in_bnb (false), bnb_discount (0.25)";
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            settings.requireOnly("fee model '" + NAME + "'", TierSettings.keysAnd("pay_in_bnb", "bnb_discount"));
            String payInBnb = settings.getString("pay_in_bnb", "false");
            if (!payInBnb.equals("true") && !payInBnb.equals("false")) {
                throw new IllegalArgumentException("setting 'pay_in_bnb' must be true or false, was '" + payInBnb + "'");
            }
            double discount = settings.getDouble("bnb_discount", DEFAULT_BNB_DISCOUNT);
            if (!(discount >= 0 && discount <= 1)) {
                throw new IllegalArgumentException("setting 'bnb_discount' must be between 0 and 1, was " + discount);
            }
            return TierSettings.model(load(), settings, payInBnb.equals("true") ? 1 - discount : 1.0);
        }
    }
}

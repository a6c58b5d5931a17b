package dev.parallax.adapters.fee;

import static dev.parallax.sim.api.Preconditions.inRange;
import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A maker/taker fee in basis points of notional, at the rate of a tier chosen from traded volume.
 *
 * <p>{@code fee = price * size * rateBps / 10,000 * feeMultiplier}, where the rate is the tier's maker
 * rate for fills that added liquidity ({@link FillType#MAKER}, {@link FillType#PASSIVE}) and its taker
 * rate otherwise ({@link FillType#TAKER}, {@link FillType#AGGRESSIVE}). A negative maker rate is a
 * rebate, paid in full: the multiplier (a discount such as Binance's for paying in BNB) applies to
 * positive fees only. No minimum fee and no rounding to the venue's fee precision.
 *
 * <p><b>How the tier is chosen.</b> With a fixed tier the model is stateless. Otherwise the model keeps
 * the trailing 30-day volume ({@link RollingVolume}) and, for every call of {@link #fee}:
 * <ol>
 *   <li>picks the tier from the volume already recorded in the 30 days up to the fill's time (not the
 *       order's: an order that rests while the window moves pays the tier in force when it fills; the
 *       clock never runs backwards, see {@link TradedVolume}), plus the
 *       constant {@code outsideVolume} traded elsewhere on the account: a fill never lowers its own
 *       rate, as on the venues, where the tier is computed from past trading;</li>
 *   <li>records the fill's notional times {@code volumeScale} (quote currency to the schedule's volume
 *       currency), so the next fill may land in a better tier.</li>
 * </ol>
 * Volume traded outside the simulator can be added with {@link #recordVolume}. Calling {@code fee}
 * twice for the same fill counts its volume twice: call it once per fill, as the simulator does.
 * Not thread-safe.
 */
public class TieredFeeModel implements FeeModel {

    private final FeeSchedule schedule;
    private final Optional<FeeTier> fixedTier;
    private final TradedVolume volume;
    private final double outsideVolume;
    private final double volumeScale;
    private final double feeMultiplier;

    /**
     * A model over {@code schedule}.
     *
     * @param schedule      the tiers
     * @param fixedTier     the tier to use always, or empty to choose it from volume
     * @param volume        where traded volume is kept, normally {@link RollingVolume#thirtyDays()}
     * @param outsideVolume volume traded elsewhere on the account, added to the tracked volume, {@code >= 0}
     * @param volumeScale   converts notional in quote currency to the schedule's volume currency, {@code > 0}
     * @param feeMultiplier applied to positive fees (1 = none, 0.75 = a 25% discount), in {@code [0, 1]}
     */
    public TieredFeeModel(FeeSchedule schedule, Optional<FeeTier> fixedTier, TradedVolume volume,
                          double outsideVolume, double volumeScale, double feeMultiplier) {
        this.schedule = notNull("schedule", schedule);
        this.fixedTier = notNull("fixedTier", fixedTier);
        this.volume = notNull("volume", volume);
        this.outsideVolume = nonNegative("outsideVolume", outsideVolume);
        this.volumeScale = positive("volumeScale", volumeScale);
        this.feeMultiplier = inRange("feeMultiplier", feeMultiplier, 0, 1);
    }

    /** A model choosing the tier from the trailing 30-day volume, with no discount. */
    public static TieredFeeModel tracking(FeeSchedule schedule) {
        return new TieredFeeModel(schedule, Optional.empty(), RollingVolume.thirtyDays(), 0, 1, 1);
    }

    @Override
    public double fee(Order order, FillType fillType, double price, double size, long fillTimeNanos) {
        FeeTier tier = tierAt(fillTimeNanos);
        double notional = price * size;
        if (fixedTier.isEmpty()) {
            volume.record(fillTimeNanos, notional * volumeScale);
        }
        double rateBps = fillType.addsLiquidity() ? tier.makerBps() : tier.takerBps();
        double fee = notional * rateBps / 10_000.0;
        return fee > 0 ? fee * feeMultiplier : fee;
    }

    /** The tier a fill at {@code timeNanos} would be charged at. */
    public FeeTier tierAt(long timeNanos) {
        return fixedTier.orElseGet(() -> schedule.tierFor(tradedVolume(timeNanos)));
    }

    /** The volume the tier is chosen from at {@code timeNanos}: tracked volume plus outside volume. */
    public double tradedVolume(long timeNanos) {
        return volume.volumeAt(timeNanos) + outsideVolume;
    }

    /** Adds {@code amount} (in the schedule's volume currency) traded elsewhere at {@code timeNanos}. */
    public void recordVolume(long timeNanos, double amount) {
        volume.record(timeNanos, amount);
    }

    /** The schedule the rates come from. */
    public FeeSchedule schedule() {
        return schedule;
    }

    /**
     * Registers {@code tiered-schedule}: a venue of your own from a schedule file in the JSON format of
     * {@link ScheduleJson}. Settings: {@code schedule} (path of the file, required), and the tier
     * settings every venue takes: {@code tier}, {@code outside_volume}, {@code volume_scale}.
     */
    public static final class Provider implements FeeModelProvider {

        /** The provider's name. */
        public static final String NAME = "tiered-schedule";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "maker/taker tiers from a JSON schedule file; settings schedule (required), " + TierSettings.DOC;
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            settings.requireOnly("fee model '" + NAME + "'", TierSettings.keysAnd("schedule"));
            String file = settings.getString("schedule", "");
            if (file.isBlank()) {
                throw new IllegalArgumentException("fee model '" + NAME + "' needs the setting 'schedule', the path "
                        + "of a JSON fee schedule");
            }
            return TierSettings.model(ScheduleJson.file(Path.of(file)), settings, 1.0);
        }
    }
}

package dev.parallax.sim.core.fill;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.OrderType;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.FillModel;
import dev.parallax.sim.api.spi.FillModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The default fill model: each opportunity fills the whole remaining size, except that with a
 * probability {@code p} it fills only a random part of it.
 *
 * <pre>
 * market orders: p = marketProbability                                   (default 0.10)
 * limit orders:  p = min(maxLimitProbability, sizeFactor * spreadFactor * liquidityFactor)
 *   sizeFactor      = min(1, remaining / sizeScale)                       (sizeScale 1,000)
 *   spreadFactor    = clamp(spreadReferenceBps / spreadBps, 0.1, 1)       (20 bps; 1 when the spread is 0)
 *   liquidityFactor = clamp(volumeReference / volume1m, 0.1, 1)           (100,000; 1 when volume is 0)
 * </pre>
 *
 * Draws: {@code u = rng.nextDouble()}; if {@code u < p}, a second draw {@code v} sets the filled
 * share {@code minFraction + (maxFraction - minFraction) * v} of the remaining size. One draw per
 * opportunity when the fill is whole, two when it is partial.
 *
 * @param marketProbability   partial-fill probability of market orders, in {@code [0, 1]}
 * @param maxLimitProbability cap on the partial-fill probability of limit orders, in {@code [0, 1]}
 * @param sizeScale           size at which the size factor reaches 1, {@code > 0}
 * @param spreadReferenceBps  spread at which the spread factor reaches 1, {@code > 0}
 * @param volumeReference     1-minute volume at which the liquidity factor reaches 1, {@code > 0}
 * @param minFraction         smallest filled share of a partial fill, in {@code (0, 1]}
 * @param maxFraction         largest filled share of a partial fill, in {@code [minFraction, 1]}
 */
public record PartialProbabilityFillModel(double marketProbability, double maxLimitProbability, double sizeScale,
                                          double spreadReferenceBps, double volumeReference, double minFraction,
                                          double maxFraction) implements FillModel {

    /** 10% for market orders, at most 80% for limit orders, partial shares from 10% to 90%. */
    public static final PartialProbabilityFillModel DEFAULT =
            new PartialProbabilityFillModel(0.10, 0.80, 1_000, 20, 100_000, 0.1, 0.9);

    /** Validates the settings; see the component descriptions. */
    public PartialProbabilityFillModel {
        Preconditions.inRange("marketProbability", marketProbability, 0, 1);
        Preconditions.inRange("maxLimitProbability", maxLimitProbability, 0, 1);
        Preconditions.positive("sizeScale", sizeScale);
        Preconditions.positive("spreadReferenceBps", spreadReferenceBps);
        Preconditions.positive("volumeReference", volumeReference);
        Preconditions.inRange("minFraction", minFraction, Double.MIN_VALUE, 1);
        Preconditions.inRange("maxFraction", maxFraction, minFraction, 1);
    }

    /** The probability that an opportunity for {@code order} with {@code remaining} open fills only in part. */
    public double partialProbability(Order order, double remaining, MarketConditions market) {
        if (order.type() == OrderType.MARKET) {
            return marketProbability;
        }
        double sizeFactor = Math.min(1.0, remaining / sizeScale);
        double spreadBps = market.spreadBps();
        double spreadFactor = spreadBps > 0 ? clamp(spreadReferenceBps / spreadBps, 0.1, 1.0) : 1.0;
        double volume = market.volume1m();
        double liquidityFactor = volume > 0 ? clamp(volumeReference / volume, 0.1, 1.0) : 1.0;
        return Math.min(maxLimitProbability, sizeFactor * spreadFactor * liquidityFactor);
    }

    @Override
    public double fillSize(Order order, FillType fillType, double remaining, double available, MarketConditions market,
                           RandomGenerator rng) {
        if (rng.nextDouble() >= partialProbability(order, remaining, market)) {
            return remaining;
        }
        return remaining * (minFraction + (maxFraction - minFraction) * rng.nextDouble());
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    /**
     * Registers {@code partial-probability}; settings {@code market_probability}, {@code max_limit_probability},
     * {@code size_scale}, {@code spread_reference_bps}, {@code volume_reference}, {@code min_fraction},
     * {@code max_fraction}.
     */
    public static final class Provider implements FillModelProvider {
        @Override
        public String name() {
            return "partial-probability";
        }

        @Override
        public String description() {
            return "whole fills with a chance of a random partial; settings market_probability (0.1), "
                    + "max_limit_probability (0.8), size_scale (1000), spread_reference_bps (20), "
                    + "volume_reference (100000), min_fraction (0.1), max_fraction (0.9)";
        }

        @Override
        public FillModel create(ModelSettings s) {
            s.requireOnly("fill model 'partial-probability'", Set.of("market_probability", "max_limit_probability",
                    "size_scale", "spread_reference_bps", "volume_reference", "min_fraction", "max_fraction"));
            PartialProbabilityFillModel d = DEFAULT;
            return new PartialProbabilityFillModel(s.getDouble("market_probability", d.marketProbability),
                    s.getDouble("max_limit_probability", d.maxLimitProbability),
                    s.getDouble("size_scale", d.sizeScale),
                    s.getDouble("spread_reference_bps", d.spreadReferenceBps),
                    s.getDouble("volume_reference", d.volumeReference),
                    s.getDouble("min_fraction", d.minFraction), s.getDouble("max_fraction", d.maxFraction));
        }
    }
}

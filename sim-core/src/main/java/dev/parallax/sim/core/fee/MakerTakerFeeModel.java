package dev.parallax.sim.core.fee;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.util.Set;

/**
 * A fee in basis points of notional that depends on how the order filled: resting limit orders
 * ({@link FillType#MAKER}, {@link FillType#PASSIVE}) pay the maker rate, marketable limit orders
 * ({@link FillType#TAKER}) the taker rate and market orders ({@link FillType#AGGRESSIVE}) the
 * market rate.
 *
 * <p>{@code fee = price * size * rateBps / 10,000}, raised to the minimum fee when the rate is
 * positive. A negative rate is a rebate and is paid in full, without a minimum.
 *
 * <p>Defaults (the {@code maker-taker} provider): maker 5 bps, taker 10 bps, market 15 bps, minimum
 * fee 0.01 in quote currency.
 *
 * @param makerBps  rate for fills that added liquidity; may be negative (a rebate)
 * @param takerBps  rate for marketable limit orders, {@code >= 0}
 * @param marketBps rate for market orders, {@code >= 0}
 * @param minFee    smallest fee charged when the rate is positive, {@code >= 0}
 */
public record MakerTakerFeeModel(double makerBps, double takerBps, double marketBps, double minFee)
        implements FeeModel {

    /** Maker 5 bps, taker 10 bps, market 15 bps, minimum 0.01. */
    public static final MakerTakerFeeModel DEFAULT = new MakerTakerFeeModel(5, 10, 15, 0.01);

    /** Validates the rates; see the component descriptions. */
    public MakerTakerFeeModel {
        Preconditions.inRange("makerBps", makerBps, -1_000, 1_000);
        Preconditions.inRange("takerBps", takerBps, 0, 1_000);
        Preconditions.inRange("marketBps", marketBps, 0, 1_000);
        Preconditions.nonNegative("minFee", minFee);
    }

    @Override
    public double fee(Order order, FillType fillType, double price, double size, long fillTimeNanos) {
        double rateBps = rateBps(fillType);
        double fee = price * size * rateBps / 10_000.0;
        return rateBps > 0 ? Math.max(minFee, fee) : fee;
    }

    /** The rate that applies to {@code fillType}, in basis points. */
    public double rateBps(FillType fillType) {
        return switch (fillType) {
            case MAKER, PASSIVE -> makerBps;
            case TAKER -> takerBps;
            case AGGRESSIVE -> marketBps;
        };
    }

    /** Registers {@code maker-taker}; settings {@code maker_bps}, {@code taker_bps}, {@code market_bps}, {@code min_fee}. */
    public static final class Provider implements FeeModelProvider {
        @Override
        public String name() {
            return "maker-taker";
        }

        @Override
        public String description() {
            return "bps of notional by fill type; settings maker_bps (5), taker_bps (10), market_bps (15), min_fee (0.01)";
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            settings.requireOnly("fee model 'maker-taker'", Set.of("maker_bps", "taker_bps", "market_bps", "min_fee"));
            return new MakerTakerFeeModel(
                    settings.getDouble("maker_bps", DEFAULT.makerBps),
                    settings.getDouble("taker_bps", DEFAULT.takerBps),
                    settings.getDouble("market_bps", DEFAULT.marketBps),
                    settings.getDouble("min_fee", DEFAULT.minFee));
        }
    }
}

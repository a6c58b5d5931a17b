package dev.parallax.sim.core.slippage;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.OrderType;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.spi.SlippageModel;
import dev.parallax.sim.api.spi.SlippageModelProvider;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The default slippage: a base cost, plus impact in proportion to the share of the displayed
 * liquidity the fill takes, plus terms for volatility and spread. Deterministic.
 *
 * <pre>
 * bps = base                                  (marketBaseBps for market orders, limitBaseBps for limit orders)
 *     + fillSize / farSize * impactBps        (farSize: ask size for a buy, bid size for a sell)
 *     + volatility * volatilityBps
 *     + spreadBps * spreadShare
 * </pre>
 *
 * The sum is capped at {@code maxBps}: the linear impact term grows without bound for fills many
 * times the displayed size, and no venue's book is that thin for long. When the far side shows no
 * size (depth unknown, as with bar data) the impact term is left out rather than guessed.
 * Defaults: base 2 bps (market) and 1 bps (limit), impact 50 bps per unit of displayed size,
 * volatility 50 bps per unit of volatility, 0.2 of the spread, cap 1,000 bps (10%).
 *
 * @param marketBaseBps base for market orders, {@code >= 0}
 * @param limitBaseBps  base for limit orders, {@code >= 0}
 * @param impactBps     bps added when the fill equals the displayed far-side size, {@code >= 0}
 * @param volatilityBps bps per unit of {@link MarketConditions#volatility()}, {@code >= 0}
 * @param spreadShare   share of {@link MarketConditions#spreadBps()} added, {@code >= 0}
 * @param maxBps        cap on the total, in {@code (0, 10,000)}
 */
public record SpreadImpactSlippageModel(double marketBaseBps, double limitBaseBps, double impactBps,
                                        double volatilityBps, double spreadShare, double maxBps)
        implements SlippageModel {

    /** 2 / 1 bps base, 50 bps impact, 50 bps per unit volatility, 0.2 of the spread, at most 1,000 bps. */
    public static final SpreadImpactSlippageModel DEFAULT =
            new SpreadImpactSlippageModel(2, 1, 50, 50, 0.2, 1_000);

    /** Validates that every term is non-negative. */
    public SpreadImpactSlippageModel {
        Preconditions.nonNegative("marketBaseBps", marketBaseBps);
        Preconditions.nonNegative("limitBaseBps", limitBaseBps);
        Preconditions.nonNegative("impactBps", impactBps);
        Preconditions.nonNegative("volatilityBps", volatilityBps);
        Preconditions.nonNegative("spreadShare", spreadShare);
        Preconditions.inRange("maxBps", maxBps, Double.MIN_VALUE, 9_999);
    }

    @Override
    public double slippageBps(Order order, FillType fillType, double fillSize, MarketConditions market,
                              RandomGenerator rng) {
        double base = order.type() == OrderType.MARKET ? marketBaseBps : limitBaseBps;
        double farSize = market.farSize(order.side());
        double impact = farSize > 0 ? fillSize / farSize * impactBps : 0.0;
        double bps = base + impact + market.volatility() * volatilityBps + market.spreadBps() * spreadShare;
        return Math.min(bps, maxBps);
    }

    /**
     * Registers {@code spread-impact}; settings {@code market_base_bps}, {@code limit_base_bps},
     * {@code impact_bps}, {@code volatility_bps}, {@code spread_share}, {@code max_bps}.
     */
    public static final class Provider implements SlippageModelProvider {
        @Override
        public String name() {
            return "spread-impact";
        }

        @Override
        public String description() {
            return "base + size/displayed-size impact + volatility + share of spread; settings market_base_bps (2), "
                    + "limit_base_bps (1), impact_bps (50), volatility_bps (50), spread_share (0.2), max_bps (1000)";
        }

        @Override
        public SlippageModel create(ModelSettings s) {
            s.requireOnly("slippage model 'spread-impact'",
                    Set.of("market_base_bps", "limit_base_bps", "impact_bps", "volatility_bps", "spread_share",
                            "max_bps"));
            SpreadImpactSlippageModel d = DEFAULT;
            return new SpreadImpactSlippageModel(s.getDouble("market_base_bps", d.marketBaseBps),
                    s.getDouble("limit_base_bps", d.limitBaseBps), s.getDouble("impact_bps", d.impactBps),
                    s.getDouble("volatility_bps", d.volatilityBps), s.getDouble("spread_share", d.spreadShare),
                    s.getDouble("max_bps", d.maxBps));
        }
    }
}

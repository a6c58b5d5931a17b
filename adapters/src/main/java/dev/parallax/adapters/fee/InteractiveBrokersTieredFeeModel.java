package dev.parallax.adapters.fee;

import static dev.parallax.sim.api.Preconditions.inRange;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.spi.FeeModel;
import dev.parallax.sim.api.spi.FeeModelProvider;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Interactive Brokers' tiered pricing for US stocks (IBKR Pro): a commission per share by month-to-date
 * share volume, at least {@code minPerOrder} and at most {@code maxFractionOfTradeValue} of the order's
 * traded value, plus the clearing fee per share, the pass-through fees (a fraction of the commission)
 * and, when set, the exchange's fee or rebate per share for removing or adding liquidity.
 *
 * <p>For one fill of {@code size} shares at {@code price}:
 * <pre>
 * commission(order) = min(max(sum over its fills of perShare(tier) * size, minPerOrder),
 *                         maxFractionOfTradeValue * sum of price * size)
 * fee = commission(order after this fill) - commission(order before it)      (the increment)
 *     + increment * passThroughFractionOfCommission
 *     + size * clearingPerShare
 *     + size * (addsLiquidity ? exchangeAddPerShare : exchangeRemovePerShare)
 * </pre>
 * The minimum and maximum apply per order, as IB states them, so the partial fills of one order pay
 * the minimum once. The model remembers the running totals of the last {@value #REMEMBERED_ORDERS}
 * orders by id; an older order that fills again is charged as a new one. A negative exchange fee is a
 * rebate and can make the fee of a fill negative.
 *
 * <p>The tier comes from the shares already traded in the calendar month of the fill's time (in
 * {@code zone}, New York by default), or is fixed; each fill's shares are then added (the time
 * rules of {@link TradedVolume} apply). Regulatory fees (SEC, FINRA TAF and CAT) are not modelled. Not
 * thread-safe.
 */
public final class InteractiveBrokersTieredFeeModel implements FeeModel {

    /** Class-path resource holding the schedule. */
    public static final String RESOURCE = "/dev/parallax/adapters/fee/interactive-brokers-us-tiered.json";

    /** How many orders' running totals are remembered. */
    public static final int REMEMBERED_ORDERS = 10_000;

    private final PerShareSchedule schedule;
    private final Optional<PerShareTier> fixedTier;
    private final TradedVolume monthShares;
    private final double exchangeAddPerShare;
    private final double exchangeRemovePerShare;
    private final Map<String, OrderTotals> orders = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OrderTotals> eldest) {
            return size() > REMEMBERED_ORDERS;
        }
    };

    /**
     * A model over {@code schedule}.
     *
     * @param schedule               the tiers, minimum, maximum and per-share fees
     * @param fixedTier              the tier to use always, or empty to choose it from month-to-date shares
     * @param monthShares            where month-to-date shares are kept, normally a {@link MonthToDateVolume}
     * @param exchangeAddPerShare    exchange fee per share for adding liquidity; negative is a rebate, in [-0.01, 0.01]
     * @param exchangeRemovePerShare exchange fee per share for removing liquidity, in [-0.01, 0.01] and not below
     *                               {@code exchangeAddPerShare}
     */
    public InteractiveBrokersTieredFeeModel(PerShareSchedule schedule, Optional<PerShareTier> fixedTier,
                                            TradedVolume monthShares, double exchangeAddPerShare,
                                            double exchangeRemovePerShare) {
        this.schedule = notNull("schedule", schedule);
        this.fixedTier = notNull("fixedTier", fixedTier);
        this.monthShares = notNull("monthShares", monthShares);
        this.exchangeAddPerShare = inRange("exchangeAddPerShare", exchangeAddPerShare, -0.01, 0.01);
        this.exchangeRemovePerShare = inRange("exchangeRemovePerShare", exchangeRemovePerShare, -0.01, 0.01);
        if (exchangeRemovePerShare < exchangeAddPerShare) {
            throw new IllegalArgumentException("exchangeRemovePerShare must be >= exchangeAddPerShare "
                    + exchangeAddPerShare + ", was " + exchangeRemovePerShare);
        }
    }

    /** The published schedule, month-to-date tiers in New York time, no exchange fees. */
    public static InteractiveBrokersTieredFeeModel standard() {
        return new InteractiveBrokersTieredFeeModel(load(), Optional.empty(),
                new MonthToDateVolume(ZoneId.of("America/New_York")), 0, 0);
    }

    /** The schedule, read from {@value #RESOURCE}. */
    public static PerShareSchedule load() {
        return ScheduleJson.perShareResource(RESOURCE);
    }

    @Override
    public double fee(Order order, FillType fillType, double price, double size, long fillTimeNanos) {
        PerShareTier tier = tierAt(fillTimeNanos);
        if (fixedTier.isEmpty()) {
            monthShares.record(fillTimeNanos, size);
        }
        OrderTotals before = orders.getOrDefault(order.id(), OrderTotals.NONE);
        OrderTotals after = new OrderTotals(before.raw + tier.perShare() * size, before.value + price * size);
        orders.put(order.id(), after);
        double commission = after.commission(schedule) - before.commission(schedule);
        double exchange = fillType.addsLiquidity() ? exchangeAddPerShare : exchangeRemovePerShare;
        return commission * (1 + schedule.passThroughFractionOfCommission())
                + size * schedule.clearingPerShare() + size * exchange;
    }

    /** The commission tier a fill at {@code timeNanos} would be charged at. */
    public PerShareTier tierAt(long timeNanos) {
        return fixedTier.orElseGet(() -> schedule.tierFor(monthShares.volumeAt(timeNanos)));
    }

    /** Adds {@code shares} traded elsewhere at {@code timeNanos} to the month-to-date volume. */
    public void recordShares(long timeNanos, double shares) {
        monthShares.record(timeNanos, shares);
    }

    private record OrderTotals(double raw, double value) {
        static final OrderTotals NONE = new OrderTotals(0, 0);

        double commission(PerShareSchedule s) {
            if (value == 0) {
                return 0;
            }
            return Math.min(Math.max(raw, s.minPerOrder()), s.maxFractionOfTradeValue() * value);
        }
    }

    /**
     * Registers {@code interactive-brokers-tiered}. Settings: {@code tier} (a fixed tier name; default:
     * chosen from month-to-date shares), {@code zone} (time zone of the calendar month, America/New_York),
     * {@code exchange_add_per_share} (0; negative for a rebate), {@code exchange_remove_per_share} (0).
     */
    public static final class Provider implements FeeModelProvider {

        /** The provider's name. */
        public static final String NAME = "interactive-brokers-tiered";

        @Override
        public String name() {
            return NAME;
        }

        @Override
        public String description() {
            return "IBKR Pro tiered US stock commission per share with its per-order minimum and maximum; settings "
                    + "tier (from month-to-date shares), zone (America/New_York), exchange_add_per_share (0), "
                    + "exchange_remove_per_share (0)";
        }

        @Override
        public FeeModel create(ModelSettings settings) {
            settings.requireOnly("fee model '" + NAME + "'",
                    Set.of("tier", "zone", "exchange_add_per_share", "exchange_remove_per_share"));
            PerShareSchedule schedule = load();
            Optional<PerShareTier> tier = settings.has("tier")
                    ? Optional.of(schedule.tier(settings.getString("tier", ""))) : Optional.empty();
            String zone = settings.getString("zone", "America/New_York");
            ZoneId zoneId;
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("setting 'zone' must be a time zone such as America/New_York, was '"
                        + zone + "'", e);
            }
            double add = perShare(settings, "exchange_add_per_share");
            double remove = perShare(settings, "exchange_remove_per_share");
            if (remove < add) {
                throw new IllegalArgumentException("setting 'exchange_remove_per_share' (" + remove
                        + ") must be >= 'exchange_add_per_share' (" + add + ")");
            }
            return new InteractiveBrokersTieredFeeModel(schedule, tier, new MonthToDateVolume(zoneId), add, remove);
        }

        private static double perShare(ModelSettings settings, String key) {
            double value = settings.getDouble(key, 0);
            if (!(value >= -0.01 && value <= 0.01)) {
                throw new IllegalArgumentException("setting '" + key + "' must be between -0.01 and 0.01 per share, was "
                        + value);
            }
            return value;
        }
    }
}

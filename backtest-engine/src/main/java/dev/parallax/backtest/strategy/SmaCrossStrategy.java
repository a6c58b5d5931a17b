package dev.parallax.backtest.strategy;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.indicator.SimpleMovingAverage;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import dev.parallax.sim.api.strategy.StrategyProvider;
import java.util.Set;

/**
 * A moving-average crossover on one symbol's bar closes.
 *
 * <p>With {@code diff = SMA(fast) - SMA(slow)} on each bar once both averages are ready: when
 * {@code diff} turns positive (it was {@code <= 0} on the previous bar and is {@code > 0} now) the
 * strategy goes long; when it turns negative ({@code >= 0} before, {@code < 0} now) it closes the
 * long and, if long-short, goes short. No signal is taken on the first bar on which both averages
 * are ready, because a cross needs a previous difference. Orders are market orders with client ids
 * {@code sma-1}, {@code sma-2}, ...
 *
 * <p>Each order trades the difference between the position wanted and the one asked for before. When
 * the account rejects an order, the position asked for goes back to what it was, so a rejected entry
 * is not followed by an exit of a position that was never opened; the next cross tries again. A fill
 * of an order the strategy did not send (the account's liquidation or ruin close-out, which cancels
 * the strategy's orders first) resets the position asked for to the position held, so the next cross
 * trades from there instead of from a position that was closed behind the strategy's back.
 */
public final class SmaCrossStrategy implements Strategy {

    private static final String ORDER_PREFIX = "sma";

    private final String symbol;
    private final SimpleMovingAverage fast;
    private final SimpleMovingAverage slow;
    private final boolean longShort;
    private final PositionSizing sizing;
    private double previousDiff = Double.NaN;
    private double target;
    /** The last order sent and the position asked for before it, to undo if it is rejected. */
    private String lastOrderId;
    private double targetBeforeLastOrder;

    /**
     * A crossover of {@code fastPeriod} over {@code slowPeriod} bars ({@code 1 <= fast < slow}) on
     * {@code symbol}, long-only or long-short, sized by {@code sizing}.
     */
    public SmaCrossStrategy(String symbol, int fastPeriod, int slowPeriod, boolean longShort, PositionSizing sizing) {
        this.symbol = Preconditions.notBlank("symbol", symbol);
        if (fastPeriod < 1 || slowPeriod <= fastPeriod) {
            throw new IllegalArgumentException("periods must satisfy 1 <= fast < slow, were fast " + fastPeriod
                    + " and slow " + slowPeriod);
        }
        this.fast = new SimpleMovingAverage(fastPeriod);
        this.slow = new SimpleMovingAverage(slowPeriod);
        this.longShort = longShort;
        this.sizing = Preconditions.notNull("sizing", sizing);
    }

    @Override
    public void onBar(Bar bar, StrategyContext context) {
        if (!bar.symbol().equals(symbol)) {
            return;
        }
        fast.update(bar.close());
        slow.update(bar.close());
        if (!slow.isReady()) {
            return;
        }
        double diff = fast.value() - slow.value();
        if (!Double.isNaN(previousDiff)) {
            if (previousDiff <= 0 && diff > 0) {
                moveTo(sizing.units(bar.close(), context.equity()), context);
            } else if (previousDiff >= 0 && diff < 0) {
                moveTo(longShort ? -sizing.units(bar.close(), context.equity()) : 0.0, context);
            }
        }
        previousDiff = diff;
    }

    /** Trades the difference between the wanted position and the one already asked for. */
    private void moveTo(double wanted, StrategyContext context) {
        double change = wanted - target;
        if (Math.abs(change) > 0) {
            lastOrderId = context.nextOrderId(ORDER_PREFIX);
            targetBeforeLastOrder = target;
            target = wanted;
            context.submitMarket(lastOrderId, symbol, change > 0 ? Side.BUY : Side.SELL, Math.abs(change));
        }
    }

    /** After a fill of an order it did not send, asks for the position actually held. */
    @Override
    public void onFill(Fill fill, StrategyContext context) {
        if (fill.symbol().equals(symbol) && !fill.orderId().startsWith(ORDER_PREFIX + "-")) {
            target = context.position(symbol);
            lastOrderId = null;
        }
    }

    /** Goes back to the position asked for before the rejected order. */
    @Override
    public void onOrderRejected(String clientOrderId, String reason, StrategyContext context) {
        if (clientOrderId.equals(lastOrderId)) {
            target = targetBeforeLastOrder;
        }
    }

    /**
     * Registers {@code sma-cross}; settings {@code symbol} (required), {@code fast} (5), {@code slow}
     * (20), {@code long_short} (false), {@code units} (1) or {@code equity_fraction}.
     */
    public static final class Provider implements StrategyProvider {
        @Override
        public String name() {
            return "sma-cross";
        }

        @Override
        public String description() {
            return "moving-average crossover; settings symbol, fast (5), slow (20), long_short (false), "
                    + "units (1) or equity_fraction";
        }

        @Override
        public Strategy create(ModelSettings s) {
            s.requireOnly("strategy 'sma-cross'",
                    Set.of("symbol", "fast", "slow", "long_short", "units", "equity_fraction"));
            String symbol = s.getString("symbol", "");
            if (symbol.isBlank()) {
                throw new IllegalArgumentException("strategy 'sma-cross' needs setting 'symbol'");
            }
            String longShort = s.getString("long_short", "false").trim();
            if (!longShort.equals("true") && !longShort.equals("false")) {
                throw new IllegalArgumentException("setting 'long_short' must be true or false, was '" + longShort + "'");
            }
            PositionSizing sizing = s.has("equity_fraction")
                    ? PositionSizing.fractionOfEquity(s.getDouble("equity_fraction", 1))
                    : PositionSizing.fixedUnits(s.getDouble("units", 1));
            return new SmaCrossStrategy(symbol, s.getInt("fast", 5), s.getInt("slow", 20),
                    Boolean.parseBoolean(longShort), sizing);
        }
    }
}

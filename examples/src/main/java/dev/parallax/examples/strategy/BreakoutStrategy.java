package dev.parallax.examples.strategy;

import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import dev.parallax.sim.api.strategy.StrategyProvider;
import java.util.ArrayDeque;
import java.util.Set;

/**
 * A custom strategy to copy from: buys when a bar closes above the highest close of the previous
 * {@code lookback} bars and sells when it closes below the lowest. Registered under the name
 * {@code breakout} in this module's {@code META-INF/services}, so any tool finds it by name.
 */
public final class BreakoutStrategy implements Strategy {

    private final String symbol;
    private final int lookback;
    private final double units;
    private final ArrayDeque<Double> closes = new ArrayDeque<>();

    /** A breakout over {@code lookback} bars ({@code >= 2}) trading {@code units} of {@code symbol}. */
    public BreakoutStrategy(String symbol, int lookback, double units) {
        if (lookback < 2) {
            throw new IllegalArgumentException("lookback must be >= 2, was " + lookback);
        }
        this.symbol = symbol;
        this.lookback = lookback;
        this.units = units;
    }

    @Override
    public void onBar(Bar bar, StrategyContext ctx) {
        if (!bar.symbol().equals(symbol)) {
            return;
        }
        if (closes.size() == lookback) {
            double high = closes.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double low = closes.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double position = ctx.position(symbol);
            if (bar.close() > high && position == 0) {
                ctx.submitMarket(ctx.nextOrderId("breakout"), symbol, Side.BUY, units);
            } else if (bar.close() < low && position > 0) {
                ctx.submitMarket(ctx.nextOrderId("breakout"), symbol, Side.SELL, position);
            }
            closes.removeFirst();
        }
        closes.addLast(bar.close());
    }

    /** Registers {@code breakout}; settings {@code symbol} (required), {@code lookback} (20), {@code units} (1). */
    public static final class Provider implements StrategyProvider {
        @Override
        public String name() {
            return "breakout";
        }

        @Override
        public String description() {
            return "close breaks the last N closes' range; settings symbol, lookback (20), units (1)";
        }

        @Override
        public Strategy create(ModelSettings s) {
            s.requireOnly("strategy 'breakout'", Set.of("symbol", "lookback", "units"));
            return new BreakoutStrategy(s.getString("symbol", "BTC/USD"), s.getInt("lookback", 20),
                    s.getDouble("units", 1));
        }
    }
}

package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;

/**
 * Trades turned into volume bars or dollar bars, streaming: a bar closes with the trade that brings
 * its volume (or its traded value, price times size) to at least the threshold. Trades are not split,
 * so a bar may overshoot the threshold by part of its last trade. A bar's time is the time of its
 * last trade. The last bar of the source is emitted even when it holds less than the threshold. The
 * source must hold trades of one symbol in time order. Closing the aggregator closes the source.
 */
public final class ActivityBarAggregator extends LookaheadSource {

    /** What is counted towards the threshold. */
    public enum Measure {
        /** Quantity traded. */
        VOLUME,
        /** Value traded, price times quantity, in quote currency. */
        DOLLAR
    }

    private final MarketDataSource trades;
    private final Measure measure;
    private final double threshold;
    private final BarAccumulator bar = new BarAccumulator();

    /** Bars of {@code threshold} (positive) {@code measure} from {@code trades}. */
    public ActivityBarAggregator(MarketDataSource trades, Measure measure, double threshold) {
        this.trades = notNull("trades", trades);
        this.measure = notNull("measure", measure);
        this.threshold = positive("threshold", threshold);
    }

    /** Volume bars of {@code quantity} each. */
    public static ActivityBarAggregator volume(MarketDataSource trades, double quantity) {
        return new ActivityBarAggregator(trades, Measure.VOLUME, quantity);
    }

    /** Dollar bars of {@code value} (in quote currency) each. */
    public static ActivityBarAggregator dollar(MarketDataSource trades, double value) {
        return new ActivityBarAggregator(trades, Measure.DOLLAR, value);
    }

    @Override
    MarketEvent advance() {
        return build();
    }

    @Override
    String exhausted() {
        return "no more bars";
    }

    @Override
    public void close() {
        trades.close();
    }

    private Bar build() {
        while (trades.hasNext()) {
            TradeTick trade = bar.trade(trades.next(), measure == Measure.VOLUME ? "volume bars" : "dollar bars");
            bar.add(trade);
            double reached = measure == Measure.VOLUME ? bar.volume() : bar.notional();
            if (reached >= threshold) {
                return bar.finish(trade.timeNanos());
            }
        }
        return bar.isEmpty() ? null : bar.finish(bar.lastTime());
    }
}

package dev.parallax.adapters.data;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import java.time.Duration;

/**
 * Trades turned into time bars of a fixed period, streaming: one bar is built at a time.
 *
 * <p>Periods are aligned to the epoch: a trade at time {@code t} belongs to the period
 * {@code [k * period, (k + 1) * period)} with {@code k = floor(t / period)}, so with a 5-minute period
 * a trade at 10:05:00 opens the 10:05 bar. A bar's time is the end of its period ({@code (k + 1) *
 * period}), when its close is known. A period without trades has no bar. The source must hold trades
 * of one symbol in time order; anything else is an error. Closing the aggregator closes the source.
 */
public final class TimeBarAggregator extends LookaheadSource {

    private final MarketDataSource trades;
    private final long periodNanos;
    private final BarAccumulator bar = new BarAccumulator();
    private long period;

    /** Bars of {@code period} (positive) from {@code trades}. */
    public TimeBarAggregator(MarketDataSource trades, Duration period) {
        this.trades = notNull("trades", trades);
        notNull("period", period);
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be > 0, was " + period);
        }
        try {
            this.periodNanos = period.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("period must be at most 106751 days (what epoch nanoseconds hold), was "
                    + period, e);
        }
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
            TradeTick trade = bar.trade(trades.next(), "time bars");
            long k = Math.floorDiv(trade.timeNanos(), periodNanos);
            if (bar.isEmpty()) {
                period = k;
                bar.add(trade);
            } else if (k == period) {
                bar.add(trade);
            } else {
                Bar done = bar.finish(end(period));
                period = k;
                bar.add(trade);
                return done;
            }
        }
        return bar.isEmpty() ? null : bar.finish(end(period));
    }

    private long end(long k) {
        try {
            return Math.multiplyExact(k + 1, periodNanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the time bar from " + Math.multiplyExact(k, periodNanos) + " ns ends "
                    + "after the last time epoch nanoseconds hold; its trades cannot make a bar", e);
        }
    }
}

package dev.parallax.backtest;

import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;

/**
 * Shows the strategy each market event the venue has applied, at its delivery time
 * ({@link MarketDataDelay}): the event's own time without market-data latency, later with it.
 */
final class Deliveries {

    private final MarketDataDelay delay;
    /** Events the venue has applied and the strategy has not seen yet. */
    private final DelayedEvents undelivered = new DelayedEvents();
    private final RunVenue venue;
    private final Markets markets;
    private final FillDispatch dispatch;
    private final Strategy strategy;
    private final StrategyContext context;

    Deliveries(MarketDataDelay delay, RunVenue venue, Markets markets, FillDispatch dispatch, Strategy strategy,
               StrategyContext context) {
        this.delay = delay;
        this.venue = venue;
        this.markets = markets;
        this.dispatch = dispatch;
        this.strategy = strategy;
        this.context = context;
    }

    /** Queues {@code event}, which the venue has just applied, leaving its symbol marked at {@code mark}. */
    void add(MarketEvent event, double mark) {
        undelivered.add(event, delay.deliveryNanos(event.timeNanos()), mark);
    }

    /** Shows the strategy every event due strictly before {@code timeNanos}, before the venue moves on to it. */
    void deliverBefore(long timeNanos) {
        while (!undelivered.isEmpty() && undelivered.firstDueNanos() < timeNanos) {
            deliverFirst();
        }
    }

    /**
     * Like {@link #deliverBefore}, for a real-time run whose feed is quiet: the due time of the last
     * event shown, or {@link Long#MIN_VALUE} if none was due.
     */
    long deliverDueBefore(long timeNanos) {
        long last = Long.MIN_VALUE;
        while (!undelivered.isEmpty() && undelivered.firstDueNanos() < timeNanos) {
            last = undelivered.firstDueNanos();
            deliverFirst();
        }
        return last;
    }

    /** Shows the strategy every event due at or before {@code timeNanos}, once the venue has applied it. */
    void deliverUntil(long timeNanos) {
        while (!undelivered.isEmpty() && undelivered.firstDueNanos() <= timeNanos) {
            deliverFirst();
        }
    }

    /**
     * Shows the strategy the oldest event it has not seen. When the event is seen after the venue's
     * latest moment (market-data latency), the clock moves to the delivery time first, and the
     * simulator with it when something is in flight, so orders and notifications due by then have
     * arrived; the strategy's orders are then sent at that time.
     */
    private void deliverFirst() {
        MarketEvent event = undelivered.first();
        long due = undelivered.firstDueNanos();
        double mark = undelivered.firstMark();
        undelivered.removeFirst();
        SymbolMarket market = markets.market(event.symbol());
        if (due > venue.clockNanos()) {
            venue.moveClockTo(due);
            if (!venue.isIdle(market.symbol()) && due > venue.simulatorClockNanos()) {
                venue.releaseCloses();
                venue.advanceTo(due);
                dispatch.dispatch();
            }
        }
        market.seen(mark);
        if (event instanceof Bar bar) {
            strategy.onBar(bar, context);
        } else if (event instanceof TradeTick trade) {
            strategy.onTrade(trade, context);
        } else if (event instanceof Quote quote) {
            strategy.onQuote(quote, context);
        }
        dispatch.dispatch();
    }
}

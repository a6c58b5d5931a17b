package dev.parallax.backtest;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.data.Bar;

/**
 * How a bar reaches the simulator: its path as four points, open, then high and low (low first when
 * the low is nearer the open), then close, at a quarter, half, three quarters and the end of the
 * bar's interval, each after the deliveries due before it; orders held for the bar's open are sent at
 * the open point. Points the simulator would not act on are left out (see {@link #mustShow}).
 */
final class BarReplay {

    private final RunVenue venue;
    private final Deliveries deliveries;
    private final OrderRouter router;
    private final FillDispatch dispatch;
    private final Portfolio portfolio;
    /** False to show the simulator every point of every bar, as the equivalence test's reference. */
    private final boolean skipIdleBarPoints;

    BarReplay(RunVenue venue, Deliveries deliveries, OrderRouter router, FillDispatch dispatch, Portfolio portfolio,
              boolean skipIdleBarPoints) {
        this.venue = venue;
        this.deliveries = deliveries;
        this.router = router;
        this.dispatch = dispatch;
        this.portfolio = portfolio;
        this.skipIdleBarPoints = skipIdleBarPoints;
    }

    /** Shows the simulator {@code bar} of {@code market}; the market closes the bar and the portfolio marks it. */
    void replay(SymbolMarket market, Bar bar) {
        long duration = market.barDuration(bar);
        long start = bar.timeNanos() - duration;
        boolean lowFirst = bar.open() - bar.low() < bar.high() - bar.open();
        double second = lowFirst ? bar.low() : bar.high();
        double third = lowFirst ? bar.high() : bar.low();
        long open = atLeastClock(start + duration / 4);
        deliveries.deliverBefore(open);
        if (router.holdsFor(market.symbol()) || mustShow(market)) {
            venue.discardClose(market);
            show(market.atBarPrice(bar, bar.open(), open, duration));
        }
        router.releaseHeld(market.symbol(), open);
        long secondTime = atLeastClock(start + duration / 2);
        deliveries.deliverBefore(secondTime);
        if (mustShow(market)) {
            show(market.atBarPrice(bar, second, secondTime, duration));
        }
        long thirdTime = atLeastClock(start + 3 * (duration / 4));
        deliveries.deliverBefore(thirdTime);
        if (mustShow(market)) {
            show(market.atBarPrice(bar, third, thirdTime, duration));
        }
        deliveries.deliverBefore(bar.timeNanos());
        if (mustShow(market)) {
            show(market.atBarPrice(bar, bar.close(), bar.timeNanos(), duration));
        } else {
            venue.holdClose(market, bar, duration);
        }
        market.closeBar(bar);
        portfolio.mark(market.symbol(), bar.close());
        venue.moveClockTo(bar.timeNanos());
    }

    /**
     * Whether a point of a bar's path must be shown to the simulator now. Not when the simulator is
     * idle for the symbol (nothing in flight, nothing working): a point before the close would change
     * nothing, and the close replaces it as the market later orders meet, so leaving it out gives the
     * same fills without building a snapshot; the close itself is held back until something else
     * reaches the simulator ({@link RunVenue#holdClose}). Always, when the run was made to show every point.
     */
    private boolean mustShow(SymbolMarket market) {
        return !skipIdleBarPoints || !venue.isIdle(market.symbol());
    }

    /** {@code timeNanos}, or the latest time already seen if that is later (bars of several symbols interleave). */
    private long atLeastClock(long timeNanos) {
        return Math.max(timeNanos, Math.max(venue.clockNanos(), venue.simulatorClockNanos()));
    }

    private void show(MarketConditions conditions) {
        venue.show(conditions);
        dispatch.dispatch();
    }
}

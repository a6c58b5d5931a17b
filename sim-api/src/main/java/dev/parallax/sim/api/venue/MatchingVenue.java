package dev.parallax.sim.api.venue;

import dev.parallax.sim.api.MarketConditions;

/**
 * A venue that matches orders against the market its caller shows it, as the execution simulator
 * does: the runner gives it every market snapshot and trade print, in time order, before the
 * strategy sees them. A live venue has a market of its own and is not one.
 */
public interface MatchingVenue extends ExecutionVenue {

    /** A new snapshot of one symbol's market, no older than the venue's clock. */
    void onMarket(MarketConditions market);

    /** A trade print: {@code size} of {@code symbol} at {@code price}, at {@code timeNanos}. */
    void onTrade(String symbol, double price, double size, long timeNanos);

    /**
     * True when nothing is in flight (no order, cancel or notification on its way, for any symbol)
     * and no order of {@code symbol} is working: a snapshot of the symbol shown now would change
     * nothing but the market that later orders meet.
     */
    boolean isIdle(String symbol);

    /** The venue's clock, epoch nanoseconds; {@link Long#MIN_VALUE} before anything reached it. */
    long clockNanos();

    /**
     * Notifies every execution still on its way, without moving the clock or letting any order
     * arrive: for the end of a run, when the executions have happened but their notices travel.
     */
    void drainNotifications();
}

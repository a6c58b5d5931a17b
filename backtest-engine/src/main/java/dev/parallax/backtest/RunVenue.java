package dev.parallax.backtest;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.venue.ExecutionVenue;
import dev.parallax.sim.api.venue.MatchingVenue;
import dev.parallax.sim.api.venue.VenueFactory;
import dev.parallax.sim.api.venue.VenueListener;
import dev.parallax.sim.api.venue.VenueSetup;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.ExecutionStatistics;
import dev.parallax.sim.core.venue.SimulatedVenue;
import dev.parallax.sim.core.venue.SimulatedVenueProvider;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The run's {@link ExecutionVenue} as one run drives it: the run's clock, the fills the venue has
 * notified and the run has not applied yet, and the bar closes held back from an idle simulator.
 * The venue is the simulated one in a backtest and in paper trading; a venue that is not a
 * {@link MatchingVenue} (a live one, with a market of its own) is shown no market: the calls that
 * show it one do nothing, and it reads as idle.
 *
 * <p>The run's clock is the time of the latest thing the run did: an event applied, a point of a
 * bar shown, a delivery to the strategy. Orders the strategy sends are stamped with it. The
 * simulator keeps a clock of its own, which may be ahead (a fill notification drawn later).
 *
 * <p>A held close must reach the simulator before anything else does: callers call
 * {@link #releaseCloses} first.
 */
final class RunVenue {

    private final ExecutionVenue venue;
    /** The venue when it matches against the market the run shows it; null for a venue with its own market. */
    private final MatchingVenue simulator;
    private final ArrayDeque<Fill> notified = new ArrayDeque<>();
    /** Markets whose last close is held back from the idle simulator, oldest first (see {@link #holdClose}). */
    private final List<SymbolMarket> heldCloses = new ArrayList<>();
    private long snapshotsShown;
    private long clockNanos;

    /** The simulated venue with {@code models}, seeded with {@code seed}. */
    RunVenue(ExecutionModels models, long seed) {
        this(SimulatedVenueProvider.FACTORY, models, seed);
    }

    /** The venue {@code factory} opens with {@code models} and {@code seed}; the run keeps its own record of orders. */
    RunVenue(VenueFactory factory, ExecutionModels models, long seed) {
        VenueListener listener = notified::add;
        this.venue = factory.open(new VenueSetup(models.fee(), models.latency(), models.slippage(), models.queue(),
                models.fill(), seed, listener));
        this.simulator = venue instanceof MatchingVenue matching ? matching : null;
    }

    /** True for a venue with a market of its own (a live one): it is shown no market. */
    boolean hasOwnMarket() {
        return simulator == null;
    }

    /** The run's clock, in epoch nanoseconds. */
    long clockNanos() {
        return clockNanos;
    }

    /** Sets the run's clock to {@code timeNanos}. */
    void moveClockTo(long timeNanos) {
        clockNanos = timeNanos;
    }

    /** The simulator's own clock; {@link Long#MIN_VALUE} for a venue with its own market. */
    long simulatorClockNanos() {
        return simulator == null ? Long.MIN_VALUE : simulator.clockNanos();
    }

    /** True if nothing of {@code symbol} is in flight or working in the simulator; always for a venue with its own market. */
    boolean isIdle(String symbol) {
        return simulator == null || simulator.isIdle(symbol);
    }

    /** True if the venue is still working on order {@code id} (pending or working); any id may be asked. */
    boolean isWorking(String id) {
        return venue.isWorking(id);
    }

    /** Shows the simulator a snapshot, after the held closes; the run's clock moves to its time. */
    void show(MarketConditions conditions) {
        releaseCloses();
        snapshotsShown++;
        clockNanos = conditions.timeNanos();
        if (simulator != null) {
            simulator.onMarket(conditions);
        }
    }

    /** Shows the simulator the snapshot built around a trade, for data without quotes; not counted as a bar point. */
    void showAroundTrade(MarketConditions conditions) {
        if (simulator != null) {
            simulator.onMarket(conditions);
        }
    }

    /** Shows the simulator a trade print. The caller releases the held closes first. */
    void trade(String symbol, double price, double size, long timeNanos) {
        if (simulator != null) {
            simulator.onTrade(symbol, price, size, timeNanos);
        }
    }

    /** Sends {@code order} to the venue. The caller releases the held closes first. */
    void submit(Order order) {
        venue.submit(order);
    }

    /** Asks the venue to cancel order {@code id} at {@code timeNanos}; true if the request was sent. */
    boolean cancel(String id, long timeNanos) {
        return venue.cancel(id, timeNanos);
    }

    /** Moves the venue to {@code timeNanos}, so what is due by then arrives. The caller releases the held closes first. */
    void advanceTo(long timeNanos) {
        venue.advanceTo(timeNanos);
    }

    /** Delivers every fill notification still in flight, at the end of the run. */
    void drainNotifications() {
        if (simulator != null) {
            simulator.drainNotifications();
        }
    }

    /** Closes the venue, at the end of the run. */
    void close() {
        venue.close();
    }

    /** The oldest fill notified and not applied yet, removed; null when none. */
    Fill nextNotified() {
        return notified.poll();
    }

    /**
     * Holds a bar's close back from a simulator that is idle for the symbol, instead of building its
     * snapshot: shown to an idle simulator, it would only become the market that later orders meet.
     * {@link #releaseCloses} shows it, at its own time, before anything else reaches the simulator,
     * so the simulator is in the same state by then as if it had been shown at once; a later close
     * of the symbol replaces it. A run of bars on which nothing trades then builds no snapshot.
     */
    void holdClose(SymbolMarket market, Bar bar, long duration) {
        int n = heldCloses.size();
        if (n == 0 || heldCloses.get(n - 1) != market) {
            // a held close of the symbol further back moves to the end: it is now the newest
            discardClose(market);
            heldCloses.add(market);
        }
        market.holdClose(bar, duration);
        clockNanos = bar.timeNanos();
    }

    /**
     * Forgets the close {@code market} holds back, if any, without building its snapshot, when a
     * later point of the symbol is about to be shown or held. The simulator has been idle for the
     * symbol since the close (anything reaching it would have released the close), so the close
     * would only have become the market that the later point replaces at once: orders held for the
     * next bar's open then cost one snapshot, the open's, not two.
     */
    void discardClose(SymbolMarket market) {
        if (market.holdsClose()) {
            heldCloses.remove(market);
            market.discardClose();
        }
    }

    /** Shows the simulator every close held back, in time order; call before anything else reaches it. */
    void releaseCloses() {
        for (int i = 0; i < heldCloses.size(); i++) {
            snapshotsShown++;
            MarketConditions close = heldCloses.get(i).releaseClose();
            if (simulator != null) {
                simulator.onMarket(close);
            }
        }
        heldCloses.clear();
    }

    /** Snapshots shown to the simulator so far (bar points and released closes). */
    long snapshotsShown() {
        return snapshotsShown;
    }

    /** The simulated venue's statistics; {@link ExecutionStatistics#EMPTY} for another venue. */
    ExecutionStatistics statistics() {
        return venue instanceof SimulatedVenue simulated ? simulated.statistics() : ExecutionStatistics.EMPTY;
    }
}

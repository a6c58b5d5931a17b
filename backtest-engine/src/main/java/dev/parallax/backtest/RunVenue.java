package dev.parallax.backtest;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.ExecutionSimulator;
import dev.parallax.sim.core.ExecutionStatistics;
import dev.parallax.sim.core.Retention;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The execution simulator as one run drives it: the run's clock, the fills the simulator has
 * notified and the run has not applied yet, and the bar closes held back from an idle simulator.
 *
 * <p>The run's clock is the time of the latest thing the run did: an event applied, a point of a
 * bar shown, a delivery to the strategy. Orders the strategy sends are stamped with it. The
 * simulator keeps a clock of its own, which may be ahead (a fill notification drawn later).
 *
 * <p>A held close must reach the simulator before anything else does: callers call
 * {@link #releaseCloses} first.
 */
final class RunVenue {

    private final ExecutionSimulator simulator;
    private final ArrayDeque<Fill> notified = new ArrayDeque<>();
    /** Markets whose last close is held back from the idle simulator, oldest first (see {@link #holdClose}). */
    private final List<SymbolMarket> heldCloses = new ArrayList<>();
    private long snapshotsShown;
    private long clockNanos;

    /** A simulator of {@code models}, seeded with {@code seed}; it keeps only working orders, the run keeps the rest. */
    RunVenue(ExecutionModels models, long seed) {
        this.simulator = new ExecutionSimulator(models, new SplittableRandom(seed), notified::add,
                Retention.WORKING_ONLY);
    }

    /** The run's clock, in epoch nanoseconds. */
    long clockNanos() {
        return clockNanos;
    }

    /** Sets the run's clock to {@code timeNanos}. */
    void moveClockTo(long timeNanos) {
        clockNanos = timeNanos;
    }

    /** The simulator's own clock. */
    long simulatorClockNanos() {
        return simulator.clockNanos();
    }

    /** True if nothing of {@code symbol} is in flight or working in the simulator. */
    boolean isIdle(String symbol) {
        return simulator.isIdle(symbol);
    }

    /** True if the simulator is still working on order {@code id} (pending or working); any id may be asked. */
    boolean isWorking(String id) {
        return simulator.isWorking(id);
    }

    /** Shows the simulator a snapshot, after the held closes; the run's clock moves to its time. */
    void show(MarketConditions conditions) {
        releaseCloses();
        snapshotsShown++;
        clockNanos = conditions.timeNanos();
        simulator.onMarket(conditions);
    }

    /** Shows the simulator the snapshot built around a trade, for data without quotes; not counted as a bar point. */
    void showAroundTrade(MarketConditions conditions) {
        simulator.onMarket(conditions);
    }

    /** Shows the simulator a trade print. The caller releases the held closes first. */
    void trade(String symbol, double price, double size, long timeNanos) {
        simulator.onTrade(symbol, price, size, timeNanos);
    }

    /** Sends {@code order} to the simulator. The caller releases the held closes first. */
    void submit(Order order) {
        simulator.submit(order);
    }

    /** Asks the simulator to cancel order {@code id} at {@code timeNanos}; true if the request was sent. */
    boolean cancel(String id, long timeNanos) {
        return simulator.cancel(id, timeNanos);
    }

    /** Moves the simulator to {@code timeNanos}, so what is due by then arrives. The caller releases the held closes first. */
    void advanceTo(long timeNanos) {
        simulator.advanceTo(timeNanos);
    }

    /** Delivers every fill notification still in flight, at the end of the run. */
    void drainNotifications() {
        simulator.drainNotifications();
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
        discardClose(market);
        market.holdClose(bar, duration);
        heldCloses.add(market);
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
            simulator.onMarket(heldCloses.get(i).releaseClose());
        }
        heldCloses.clear();
    }

    /** Snapshots shown to the simulator so far (bar points and released closes). */
    long snapshotsShown() {
        return snapshotsShown;
    }

    /** The simulator's statistics. */
    ExecutionStatistics statistics() {
        return simulator.statistics();
    }
}

package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Executes orders against a stream of market snapshots and trades the way a venue would, with
 * latency, queue position, partial fills, slippage and fees supplied by {@link ExecutionModels}.
 *
 * <h2>The path of an order</h2>
 * <ol>
 *   <li>{@link #submit} draws an order-submit latency; the order reaches the venue at
 *       {@code order time + latency} and meets the market in force then, which may differ from the
 *       one it was sent into. {@link #cancel} travels the same way and never overtakes its order.</li>
 *   <li>A market order takes liquidity at once ({@link FillType#AGGRESSIVE}); a limit order whose
 *       price reaches the far touch does too ({@link FillType#TAKER}), never beyond its limit.
 *       Otherwise the limit order rests, and the queue model gives the quantity ahead of it.</li>
 *   <li>At each later update a resting order fills ({@link FillType#PASSIVE}) if the market
 *       trades through its price or the far touch reaches it; it fills ({@link FillType#MAKER}) if
 *       volume trades at its price after the queue ahead is consumed: volume from {@link #onTrade}
 *       exactly, or, for a symbol that has had no trades fed, estimated from a snapshot whose last
 *       price equals the limit as {@code volume1m * min(elapsed, 60 s) / 60 s}.</li>
 *   <li>The fill model decides how much fills at each opportunity (a maker fill never more than
 *       the volume traded past the queue); the rest waits for the next.</li>
 *   <li>Taking fills are priced at the far touch moved by the slippage model and capped at the
 *       limit; resting orders fill at their limit with zero slippage. The fee model prices the fee
 *       from the fill type and the fill's time.</li>
 *   <li>Each fill reaches the {@link FillListener} after a fill-notification latency;
 *       {@link Fill#latencyNanos()} is submit plus notification latency.</li>
 * </ol>
 *
 * <h2>Time, randomness and memory</h2>
 * Events must come in time order (epoch nanoseconds, never decreasing); the clock is the time of
 * the latest event. Every random draw comes from the one generator given to the constructor, in a
 * fixed order, so the same seed and inputs give identical fills. {@link Retention#ALL} (the
 * default) keeps every fill, for {@link #fills()}, and the status of every order, compactly;
 * {@link Retention#WORKING_ONLY} keeps only orders still pending or working, for callers that take
 * fills from the listener. The fills are the same either way.
 *
 * <h2>Bad input</h2>
 * A duplicate or unknown order id, an event older than the clock, or an invalid price or size is
 * rejected with an {@link IllegalArgumentException} before anything changes. Not thread-safe: one
 * simulator belongs to one event loop.
 */
public final class ExecutionSimulator {

    private final Retention retention;
    private final OrderRegistry registry;
    private final ExecutionTally tally = new ExecutionTally();
    private final FillPricer pricer;
    private final Matching matching;
    private final InFlight inFlight;
    private long clockNanos = Long.MIN_VALUE;

    /** The simulator of the four-argument constructor, keeping every order and fill ({@link Retention#ALL}). */
    public ExecutionSimulator(ExecutionModels models, RandomGenerator rng, FillListener listener) {
        this(models, rng, listener, Retention.ALL);
    }

    /**
     * A simulator that draws all randomness from {@code rng}, hands fills to {@code listener} and
     * keeps what {@code retention} says of finished orders and fills. The retention never changes
     * the fills: the same seed and inputs give the same fills with either.
     *
     * @param models    the five execution models
     * @param rng       the only source of randomness; seed it for reproducible runs
     * @param listener  receives fills at their notification time
     * @param retention what to keep once orders are finished
     */
    public ExecutionSimulator(ExecutionModels models, RandomGenerator rng, FillListener listener,
                              Retention retention) {
        Preconditions.notNull("models", models);
        Preconditions.notNull("rng", rng);
        Preconditions.notNull("listener", listener);
        this.retention = Preconditions.notNull("retention", retention);
        EventQueue events = new EventQueue();
        this.registry = new OrderRegistry(retention);
        this.pricer = new FillPricer(models, rng, registry, events, tally, retention);
        this.matching = new Matching(models.queue(), rng, pricer);
        this.inFlight = new InFlight(models.latency(), rng, events, registry, matching, tally, listener);
    }

    /** A simulator with a {@link SplittableRandom} seeded with {@code seed}, keeping everything ({@link Retention#ALL}). */
    public static ExecutionSimulator seeded(ExecutionModels models, long seed, FillListener listener) {
        return seeded(models, seed, listener, Retention.ALL);
    }

    /** A simulator with a {@link SplittableRandom} seeded with {@code seed}, keeping what {@code retention} says. */
    public static ExecutionSimulator seeded(ExecutionModels models, long seed, FillListener listener,
                                            Retention retention) {
        return new ExecutionSimulator(models, new SplittableRandom(seed), listener, retention);
    }

    /**
     * Sends an order. It reaches the venue after an order-submit latency.
     *
     * @throws IllegalArgumentException if the id was used before (with {@link Retention#WORKING_ONLY}:
     *                                  by an order still pending or working) or the order is older than the clock
     */
    public void submit(Order order) {
        Preconditions.notNull("order", order);
        registry.requireUnused(order.id());
        if (order.timeNanos() < clockNanos) {
            throw beforeClock("order '" + order.id() + "' timeNanos", order.timeNanos());
        }
        inFlight.send(order);
        tally.orderSubmitted();
        clockNanos = Math.max(clockNanos, order.timeNanos());
        inFlight.runDue(clockNanos, true);
    }

    /**
     * Asks to cancel an order. The request reaches the venue after an order-submit latency, never
     * before the order itself; fills before then stand.
     *
     * @return true if a cancel is now on its way; false if the order was already filled or
     *         cancelled or a cancel for it was already sent
     * @throws IllegalArgumentException for an unknown id (with {@link Retention#WORKING_ONLY}, also
     *                                  the id of a finished order) or a time older than the clock
     */
    public boolean cancel(String orderId, long timeNanos) {
        WorkingOrder w = registry.get(orderId);
        if (w == null && !registry.isFinished(orderId)) {
            throw new IllegalArgumentException("cannot cancel unknown order id '" + orderId + "'");
        }
        if (timeNanos < clockNanos) {
            throw beforeClock("cancel of '" + orderId + "' timeNanos", timeNanos);
        }
        if (w == null || w.status.isTerminal() || w.cancelRequested) {
            return false;
        }
        inFlight.sendCancel(w, timeNanos);
        clockNanos = Math.max(clockNanos, timeNanos);
        inFlight.runDue(clockNanos, true);
        return true;
    }

    /**
     * A new snapshot of one symbol's market. Orders and cancels that arrived before it are
     * processed against the previous snapshot; then working orders react to the change; then
     * orders arriving at this very time meet the new snapshot.
     *
     * @throws IllegalArgumentException if the snapshot is older than the clock
     */
    public void onMarket(MarketConditions market) {
        Preconditions.notNull("market", market);
        if (market.timeNanos() < clockNanos) {
            throw beforeClock("market " + market.symbol() + " timeNanos", market.timeNanos());
        }
        inFlight.runDue(market.timeNanos(), false);
        clockNanos = market.timeNanos();
        matching.onMarket(market);
        inFlight.runDue(clockNanos, true);
    }

    /**
     * A trade printed on the venue: {@code size} of {@code symbol} at {@code price}. A trade at a
     * resting order's price consumes its queue and then fills it ({@link FillType#MAKER}); a trade
     * beyond its price fills it ({@link FillType#PASSIVE}).
     *
     * @throws IllegalArgumentException for a bad price or size, or a time older than the clock
     */
    public void onTrade(String symbol, double price, double size, long timeNanos) {
        Preconditions.notBlank("symbol", symbol);
        Preconditions.positive("trade price", price);
        Preconditions.positive("trade size", size);
        if (timeNanos < clockNanos) {
            throw beforeClock("trade " + symbol + " timeNanos", timeNanos);
        }
        inFlight.runDue(timeNanos, false);
        clockNanos = timeNanos;
        matching.onTrade(symbol, price, size, timeNanos);
        inFlight.runDue(clockNanos, true);
    }

    /** Moves the clock to {@code timeNanos}: orders and cancels due by then arrive, fill notifications due by then are delivered. */
    public void advanceTo(long timeNanos) {
        if (timeNanos < clockNanos) {
            throw beforeClock("advanceTo timeNanos", timeNanos);
        }
        clockNanos = timeNanos;
        inFlight.runDue(timeNanos, true);
    }

    /**
     * Delivers every fill notification still in flight, without moving the clock or letting any
     * order arrive: for the end of a run, when the fills have happened but their notifications are
     * still travelling.
     */
    public void drainNotifications() {
        inFlight.drainNotifications();
    }

    /**
     * True while order {@code orderId} is pending (on its way to the venue) or working; false once
     * it is filled or cancelled, and for an id never submitted. Unlike {@link #status}, it never
     * throws, whatever the {@link Retention}: a caller that forgets finished orders can ask about
     * any id it sent.
     */
    public boolean isWorking(String orderId) {
        return registry.get(orderId) != null;
    }

    /** The order as sent, while order {@code orderId} is pending or working; empty otherwise. */
    public Optional<Order> workingOrder(String orderId) {
        WorkingOrder w = registry.get(orderId);
        return w == null ? Optional.empty() : Optional.of(w.order);
    }

    /**
     * The status of order {@code orderId}.
     *
     * @throws IllegalArgumentException for an unknown id, or with {@link Retention#WORKING_ONLY} the id
     *                                  of a finished order
     */
    public OrderStatus status(String orderId) {
        return registry.status(orderId);
    }

    /** The size of order {@code orderId} not yet filled. @throws IllegalArgumentException for an unknown (or forgotten) id */
    public double remaining(String orderId) {
        return registry.remaining(orderId);
    }

    /** The quantity ahead of a resting order, or NaN when it is not resting. @throws IllegalArgumentException for an unknown (or forgotten) id */
    public double queueAhead(String orderId) {
        return registry.queueAhead(orderId);
    }

    /**
     * Every fill so far in the order they happened at the venue, including those not yet notified.
     *
     * @throws IllegalStateException with {@link Retention#WORKING_ONLY}, which keeps no fills
     */
    public List<Fill> fills() {
        return pricer.fills();
    }

    /**
     * True when nothing is scheduled (no order, cancel or fill notification in flight, for any
     * symbol) and no order of {@code symbol} is working. A snapshot of {@code symbol} given to
     * {@link #onMarket} now would then change nothing but the market that later orders meet, so a
     * caller that is about to give a later snapshot anyway may leave this one out: the fills are
     * the same.
     */
    public boolean isIdle(String symbol) {
        return inFlight.isEmpty() && matching.isIdle(symbol);
    }

    /** What this simulator keeps of finished orders and fills. */
    public Retention retention() {
        return retention;
    }

    /** The simulator's clock, epoch nanoseconds; {@link Long#MIN_VALUE} before the first event. */
    public long clockNanos() {
        return clockNanos;
    }

    /** Counts and averages over everything executed so far. */
    public ExecutionStatistics statistics() {
        return tally.statistics();
    }

    /** The rejection of an event older than the clock; the caller checks, so the message is built only then. */
    private IllegalArgumentException beforeClock(String field, long timeNanos) {
        return new IllegalArgumentException(field + " must not be before the simulator clock " + clockNanos
                + ", was " + timeNanos + "; events must come in time order");
    }
}

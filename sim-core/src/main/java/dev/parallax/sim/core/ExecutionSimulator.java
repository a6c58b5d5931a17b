package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.OrderType;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.LatencyKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Executes orders against a stream of market snapshots and trades the way a venue would, with
 * latency, queue position, partial fills, slippage and fees supplied by {@link ExecutionModels}.
 *
 * <h2>The path of an order</h2>
 * <ol>
 *   <li>{@link #submit} draws an order-submit latency; the order reaches the venue at
 *       {@code order time + latency} and meets the market in force at that moment, which may differ
 *       from the one it was sent into.</li>
 *   <li>A market order takes liquidity at once ({@link FillType#AGGRESSIVE}); a limit order whose
 *       price reaches the far touch does too ({@link FillType#TAKER}), never beyond its limit.
 *       Otherwise the limit order rests, and the queue model gives the quantity ahead of it.</li>
 *   <li>At each later update a resting order fills ({@link FillType#PASSIVE}) if the market
 *       trades through its price (the last trade beyond it) or the far touch reaches it; it fills
 *       ({@link FillType#MAKER}) if volume trades at its price after the queue ahead is consumed.
 *       Trades at its price come from {@link #onTrade} exactly, or, for a symbol that has had no
 *       trades fed, are estimated from a snapshot whose last price equals the limit as
 *       {@code volume1m * min(elapsed, 60 s) / 60 s}.</li>
 *   <li>The fill model decides how much fills at each opportunity; the rest waits for the next.
 *       A maker fill never exceeds the volume traded past the queue.</li>
 *   <li>Fills that take liquidity are priced at the far touch moved by the slippage model and
 *       capped at the limit; resting orders fill at their limit with zero slippage. The fee model
 *       prices the fee from the fill type.</li>
 *   <li>Each fill draws a fill-notification latency and reaches the {@link FillListener} at
 *       {@code fill time + notification latency}; {@link Fill#latencyNanos()} is submit plus
 *       notification latency.</li>
 * </ol>
 *
 * <p>{@link #cancel} also travels with order-submit latency and never overtakes its order; fills
 * that happen before it arrives stand.
 *
 * <h2>Time and randomness</h2>
 * Events must come in time order (epoch nanoseconds, never decreasing); the simulator's clock is
 * the time of the latest event. Every random draw comes from the one generator given to the
 * constructor, in a fixed order, so the same seed and the same inputs give identical fills.
 *
 * <h2>Memory</h2>
 * By default ({@link Retention#ALL}) the simulator keeps every fill, for {@link #fills()}, and
 * the status of every order, compactly: fills in columns, and each filled or cancelled order as its
 * id, final status and unfilled size, apart from the working orders.
 * {@link Retention#WORKING_ONLY} keeps only orders still pending or working, for callers that
 * take fills from the listener; the fills are the same either way.
 *
 * <h2>Bad input</h2>
 * A duplicate or unknown order id, an event older than the clock, or an invalid price or size is
 * rejected with an {@link IllegalArgumentException} before anything changes. Not thread-safe: one
 * simulator belongs to one event loop.
 */
public final class ExecutionSimulator {

    private static final long ONE_MINUTE_NANOS = 60_000_000_000L;

    private final ExecutionModels models;
    private final RandomGenerator rng;
    private final FillListener listener;
    private final Retention retention;

    /** Orders pending or working; with {@link Retention#ALL} finished ones move to {@link #finishedOrders}. */
    private final OrderIndex orders = new OrderIndex();
    /** Filled and cancelled orders, with {@link Retention#ALL}; null with {@link Retention#WORKING_ONLY}. */
    private final FinishedOrders finishedOrders;
    private final Map<String, SymbolBook> books = new HashMap<>();
    private final EventQueue events = new EventQueue();
    private final FillLog fills = new FillLog();
    /** Records of finished orders that no event refers to, for later orders to reuse; the last retired is reused first. */
    private WorkingOrder[] retired = new WorkingOrder[16];
    private int retiredCount;
    private long clockNanos = Long.MIN_VALUE;
    /** The book looked up last, kept because consecutive events are mostly for one symbol. */
    private String lastSymbol;
    private SymbolBook lastBook;

    private long submittedOrders;
    private long fillCount;
    private long filledOrders;
    private long ordersWithFills;
    private long cancelledOrders;
    private long partialFills;
    private final CompensatedSum fees = new CompensatedSum();
    private final CompensatedSum slippage = new CompensatedSum();
    private final CompensatedSum latencyMillis = new CompensatedSum();

    /**
     * A simulator that draws all randomness from {@code rng}, hands fills to {@code listener} and
     * keeps every order and fill ({@link Retention#ALL}).
     *
     * @param models   the five execution models
     * @param rng      the only source of randomness; seed it for reproducible runs
     * @param listener receives fills at their notification time
     */
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
        this.models = Preconditions.notNull("models", models);
        this.rng = Preconditions.notNull("rng", rng);
        this.listener = Preconditions.notNull("listener", listener);
        this.retention = Preconditions.notNull("retention", retention);
        this.finishedOrders = retention == Retention.ALL ? new FinishedOrders() : null;
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
        if (orders.get(order.id()) != null || isFinished(order.id())) {
            throw new IllegalArgumentException("order id '" + order.id() + "' was already submitted; ids must be unique"
                    + (retention == Retention.WORKING_ONLY ? " among working orders" : ""));
        }
        if (order.timeNanos() < clockNanos) {
            throw beforeClock("order '" + order.id() + "' timeNanos", order.timeNanos());
        }
        long latency = models.latency().sampleNanos(LatencyKind.ORDER_SUBMIT, rng);
        WorkingOrder w = retiredCount > 0 ? retired[--retiredCount].reuse(order, latency) : new WorkingOrder(order, latency);
        orders.add(w);
        submittedOrders++;
        w.scheduledEvents++;
        events.add(w.arrivalNanos, EventQueue.Kind.ORDER_ARRIVES, w);
        clockNanos = Math.max(clockNanos, order.timeNanos());
        runDue(clockNanos, true);
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
        WorkingOrder w = orders.get(orderId);
        if (w == null && !isFinished(orderId)) {
            throw new IllegalArgumentException("cannot cancel unknown order id '" + orderId + "'");
        }
        if (timeNanos < clockNanos) {
            throw beforeClock("cancel of '" + orderId + "' timeNanos", timeNanos);
        }
        if (w == null || w.status.isTerminal() || w.cancelRequested) {
            return false;
        }
        long latency = models.latency().sampleNanos(LatencyKind.ORDER_SUBMIT, rng);
        w.cancelRequested = true;
        w.scheduledEvents++;
        events.add(Math.max(Nanos.plus(timeNanos, latency), w.arrivalNanos), EventQueue.Kind.CANCEL_ARRIVES, w);
        clockNanos = Math.max(clockNanos, timeNanos);
        runDue(clockNanos, true);
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
        runDue(market.timeNanos(), false);
        SymbolBook book = book(market.symbol());
        MarketConditions previous = book.market;
        book.market = market;
        clockNanos = market.timeNanos();
        if (previous != null) {
            List<WorkingOrder> waitingForLiquidity = book.marketOrders;
            for (int i = 0; i < waitingForLiquidity.size(); i++) {
                take(waitingForLiquidity.get(i), FillType.AGGRESSIVE, market, market.timeNanos());
            }
            book.dropFinishedMarketOrders();
            reactSide(book, Side.BUY, previous, market);
            reactSide(book, Side.SELL, previous, market);
        }
        if (!book.awaitingMarket.isEmpty()) {
            List<WorkingOrder> waiting = new ArrayList<>(book.awaitingMarket);
            book.awaitingMarket.clear();
            for (WorkingOrder w : waiting) {
                if (!w.status.isTerminal()) {
                    execute(w, book, market.timeNanos());
                }
            }
        }
        runDue(clockNanos, true);
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
        runDue(timeNanos, false);
        clockNanos = timeNanos;
        SymbolBook book = book(symbol);
        book.tradesFed = true;
        if (book.market != null) {
            tradeSide(book, Side.BUY, price, size, timeNanos);
            tradeSide(book, Side.SELL, price, size, timeNanos);
        }
        runDue(clockNanos, true);
    }

    /** Moves the clock to {@code timeNanos}: orders and cancels due by then arrive, fill notifications due by then are delivered. */
    public void advanceTo(long timeNanos) {
        if (timeNanos < clockNanos) {
            throw beforeClock("advanceTo timeNanos", timeNanos);
        }
        clockNanos = timeNanos;
        runDue(timeNanos, true);
    }

    /**
     * Delivers every fill notification still in flight, without moving the clock or letting any
     * order arrive: for the end of a run, when the fills have happened but their notifications are
     * still travelling.
     */
    public void drainNotifications() {
        events.drain(EventQueue.Kind.FILL_NOTIFIED, fill -> listener.onFill((Fill) fill));
    }

    /**
     * True while order {@code orderId} is pending (on its way to the venue) or working; false once
     * it is filled or cancelled, and for an id never submitted. Unlike {@link #status}, it never
     * throws, whatever the {@link Retention}: a caller that forgets finished orders can ask about
     * any id it sent.
     */
    public boolean isWorking(String orderId) {
        return orders.get(orderId) != null;
    }

    /**
     * The status of order {@code orderId}.
     *
     * @throws IllegalArgumentException for an unknown id, or with {@link Retention#WORKING_ONLY} the id
     *                                  of a finished order
     */
    public OrderStatus status(String orderId) {
        WorkingOrder w = orders.get(orderId);
        return w != null ? w.status : finishedOrders.status(finishedPosition(orderId));
    }

    /** The size of order {@code orderId} not yet filled. @throws IllegalArgumentException for an unknown (or forgotten) id */
    public double remaining(String orderId) {
        WorkingOrder w = orders.get(orderId);
        return w != null ? w.remaining : finishedOrders.remaining(finishedPosition(orderId));
    }

    /** The quantity ahead of a resting order, or NaN when it is not resting. @throws IllegalArgumentException for an unknown (or forgotten) id */
    public double queueAhead(String orderId) {
        WorkingOrder w = orders.get(orderId);
        if (w == null) {
            finishedPosition(orderId);
            return Double.NaN;
        }
        return w.status == OrderStatus.WORKING && w.order.isLimit() ? w.queueAhead : Double.NaN;
    }

    /**
     * Every fill so far in the order they happened at the venue, including those not yet notified.
     *
     * @throws IllegalStateException with {@link Retention#WORKING_ONLY}, which keeps no fills
     */
    public List<Fill> fills() {
        if (retention != Retention.ALL) {
            throw new IllegalStateException("this simulator keeps no fills (Retention." + retention
                    + "); collect them with a FillListener, or create it with Retention.ALL");
        }
        return Collections.unmodifiableList(fills);
    }

    /**
     * True when nothing is scheduled (no order, cancel or fill notification in flight, for any
     * symbol) and no order of {@code symbol} is working. A snapshot of {@code symbol} given to
     * {@link #onMarket} now would then change nothing but the market that later orders meet, so a
     * caller that is about to give a later snapshot anyway may leave this one out: the fills are
     * the same.
     */
    public boolean isIdle(String symbol) {
        if (!events.isEmpty()) {
            return false;
        }
        SymbolBook book = books.get(symbol);
        return book == null || book.isEmpty();
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
        long total = submittedOrders;
        return new ExecutionStatistics(total, filledOrders, ordersWithFills, cancelledOrders, fillCount, partialFills,
                fees.sum(), ratio(filledOrders, total), ratio(partialFills, fillCount),
                ordersWithFills == 0 ? Double.NaN : fees.sum() / ordersWithFills, slippage.mean(),
                latencyMillis.mean());
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** True if order {@code orderId} is filled or cancelled and kept as such ({@link Retention#ALL} only). */
    private boolean isFinished(String orderId) {
        return finishedOrders != null && finishedOrders.find(orderId) >= 0;
    }

    /** The position among the finished orders of an order that is not working. @throws IllegalArgumentException if there is none */
    private int finishedPosition(String orderId) {
        int position = finishedOrders == null ? -1 : finishedOrders.find(orderId);
        if (position < 0) {
            throw new IllegalArgumentException("unknown order id '" + orderId + "'"
                    + (retention == Retention.WORKING_ONLY ? " (or finished: this simulator forgets finished orders)" : ""));
        }
        return position;
    }

    /** The rejection of an event older than the clock; the caller checks, so the message is built only then. */
    private IllegalArgumentException beforeClock(String field, long timeNanos) {
        return new IllegalArgumentException(field + " must not be before the simulator clock " + clockNanos
                + ", was " + timeNanos + "; events must come in time order");
    }

    /** The book of {@code symbol}, created on first use. */
    private SymbolBook book(String symbol) {
        if (symbol != lastSymbol && !symbol.equals(lastSymbol)) {
            lastBook = books.computeIfAbsent(symbol, s -> new SymbolBook());
            lastSymbol = symbol;
        }
        return lastBook;
    }

    /** Runs scheduled events up to {@code limit}, inclusive or not. */
    private void runDue(long limit, boolean inclusive) {
        while (!events.isEmpty()) {
            long t = events.firstTime();
            if (inclusive ? t > limit : t >= limit) {
                return;
            }
            EventQueue.Kind kind = events.firstKind();
            Object payload = events.firstPayload();
            events.removeFirst();
            switch (kind) {
                case ORDER_ARRIVES -> {
                    WorkingOrder w = (WorkingOrder) payload;
                    w.scheduledEvents--;
                    arrive(w);
                    retireIfDone(w);
                }
                case CANCEL_ARRIVES -> {
                    WorkingOrder w = (WorkingOrder) payload;
                    w.scheduledEvents--;
                    cancelNow(w);
                    retireIfDone(w);
                }
                case FILL_NOTIFIED -> listener.onFill((Fill) payload);
            }
        }
    }

    private void arrive(WorkingOrder w) {
        if (w.status != OrderStatus.PENDING) {
            return;
        }
        w.status = OrderStatus.WORKING;
        SymbolBook book = book(w.order.symbol());
        if (book.market == null) {
            book.awaitingMarket.add(w);
        } else {
            execute(w, book, w.arrivalNanos);
        }
    }

    private void cancelNow(WorkingOrder w) {
        if (w.status.isTerminal()) {
            return;
        }
        w.status = OrderStatus.CANCELLED;
        cancelledOrders++;
        finished(w);
        SymbolBook book = books.get(w.order.symbol());
        if (book != null) {
            book.remove(w);
            book.awaitingMarket.remove(w);
        }
    }

    /**
     * Takes an order that has just been filled or cancelled out of the working orders; with
     * {@link Retention#ALL} keeps its id, status and unfilled size among the finished orders, so its
     * working record can be collected while young instead of being carried for the rest of the run.
     */
    private void finished(WorkingOrder w) {
        orders.remove(w);
        if (finishedOrders != null) {
            finishedOrders.add(w.order.id(), w.status, w.remaining);
        }
        retireIfDone(w);
    }

    /**
     * Keeps the record of a finished order for a later order to reuse, once no scheduled event
     * refers to it (a cancel can still be on its way after the order filled). By then nothing
     * else holds it either: it has left the order index, its price level and the book's lists, or
     * leaves the list of market orders before this public call returns. Records are reused only
     * by {@link #submit}, so one retired in the middle of a call is not reused in that call.
     */
    private void retireIfDone(WorkingOrder w) {
        if (w.retired || w.scheduledEvents > 0 || !w.status.isTerminal()) {
            return;
        }
        w.retired = true;
        if (retiredCount == retired.length) {
            retired = Arrays.copyOf(retired, retiredCount * 2);
        }
        retired[retiredCount++] = w;
    }

    /** First contact of an order with the venue's market, at {@code timeNanos}. */
    private void execute(WorkingOrder w, SymbolBook book, long timeNanos) {
        MarketConditions m = book.market;
        Order o = w.order;
        if (o.type() == OrderType.MARKET) {
            take(w, FillType.AGGRESSIVE, m, timeNanos);
        } else if (o.accepts(m.farTouch(o.side()))) {
            take(w, FillType.TAKER, m, timeNanos);
            if (!w.status.isTerminal()) {
                w.queueAhead = 0.0; // the rest now sets the best price at its limit
            }
        } else {
            w.queueAhead = requireValidQueue(models.queue().initialQueueAhead(o, m, rng));
        }
        if (!w.status.isTerminal()) {
            book.add(w);
        }
    }

    /**
     * The reaction of one side's resting orders to a change of market: the levels the market
     * crossed (far touch at or through the limit, or a last trade beyond it) fill PASSIVE, best
     * price first; the levels at the touch or at the last trade price update their queues. Levels
     * the change cannot reach are not visited.
     */
    private void reactSide(SymbolBook book, Side side, MarketConditions previous, MarketConditions current) {
        PriceLevels levels = book.levels(side);
        if (levels.best() < 0) {
            return;
        }
        for (int level = levels.best(); level >= 0; level--) {
            double limit = levels.price(level);
            boolean farTouchReached = side == Side.BUY ? current.ask() <= limit : current.bid() >= limit;
            boolean tradedThrough = side == Side.BUY ? current.last() < limit : current.last() > limit;
            if (!farTouchReached && !tradedThrough) {
                break;
            }
            fillLevel(levels, level, current, current.timeNanos());
        }
        double touch = current.nearTouch(side);
        double previousTouch = previous.nearTouch(side);
        queuesAt(book, levels, side, touch, previous, current);
        if (previousTouch != touch) {
            queuesAt(book, levels, side, previousTouch, previous, current);
        }
        double last = current.last();
        if (!book.tradesFed && last != touch && last != previousTouch) {
            queuesAt(book, levels, side, last, previous, current);
        }
    }

    /** Every order at level {@code level} fills PASSIVE at its limit, oldest first; filled orders leave the book. */
    private void fillLevel(PriceLevels levels, int level, MarketConditions market, long timeNanos) {
        WorkingOrder w = levels.first(level);
        while (w != null) {
            WorkingOrder next = w.next;
            rest(w, FillType.PASSIVE, Double.POSITIVE_INFINITY, market, timeNanos);
            if (w.status.isTerminal()) {
                levels.unlink(level, w);
            }
            w = next;
        }
    }

    /** The queues of the orders resting at {@code limit}, if any, after a change of market. */
    private void queuesAt(SymbolBook book, PriceLevels levels, Side side, double limit, MarketConditions previous,
                          MarketConditions current) {
        int level = levels.find(limit);
        if (level < 0) {
            return;
        }
        double traded = 0.0;
        if (!book.tradesFed && current.last() == limit) {
            long elapsed = Math.min(ONE_MINUTE_NANOS, current.timeNanos() - previous.timeNanos());
            traded = current.volume1m() * elapsed / (double) ONE_MINUTE_NANOS;
        }
        double previousDepth = previous.nearTouch(side) == limit ? previous.nearSize(side) : Double.NaN;
        double currentDepth = current.nearTouch(side) == limit ? current.nearSize(side) : Double.NaN;
        advanceLevel(levels, level, traded, previousDepth, currentDepth, current, current.timeNanos());
    }

    /** Advances the queue of every order at level {@code level}, oldest first; filled orders leave the book. */
    private void advanceLevel(PriceLevels levels, int level, double traded, double previousDepth, double currentDepth,
                              MarketConditions market, long timeNanos) {
        WorkingOrder w = levels.first(level);
        while (w != null) {
            WorkingOrder next = w.next;
            advanceQueue(w, traded, previousDepth, currentDepth, market, timeNanos);
            if (w.status.isTerminal()) {
                levels.unlink(level, w);
            }
            w = next;
        }
    }

    /** A trade at {@code price}: levels beyond it fill PASSIVE; the level at it consumes its queue. */
    private void tradeSide(SymbolBook book, Side side, double price, double size, long timeNanos) {
        PriceLevels levels = book.levels(side);
        for (int level = levels.best(); level >= 0; level--) {
            double limit = levels.price(level);
            boolean through = side == Side.BUY ? price < limit : price > limit;
            if (through) {
                fillLevel(levels, level, book.market, timeNanos);
            } else {
                if (limit == price) {
                    advanceLevel(levels, level, size, Double.NaN, Double.NaN, book.market, timeNanos);
                }
                break;
            }
        }
    }

    private void advanceQueue(WorkingOrder w, double traded, double previousDepth, double currentDepth,
                              MarketConditions market, long timeNanos) {
        double aheadBefore = w.queueAhead;
        double after = requireValidQueue(
                models.queue().queueAheadAfter(aheadBefore, traded, previousDepth, currentDepth, rng));
        w.queueAhead = after;
        double leftover = traded - aheadBefore;
        if (after == 0.0 && leftover > 0) {
            rest(w, FillType.MAKER, leftover, market, timeNanos);
        }
    }

    private double requireValidQueue(double ahead) {
        if (!(ahead >= 0)) {
            throw new IllegalStateException("queue model " + models.queue().getClass().getName()
                    + " returned an invalid quantity ahead: " + ahead + "; it must be >= 0");
        }
        return ahead;
    }

    /** Fills (part of) an order that takes liquidity at the far touch. */
    private void take(WorkingOrder w, FillType type, MarketConditions m, long timeNanos) {
        double farSize = m.farSize(w.order.side());
        double available = farSize > 0 ? farSize : Double.POSITIVE_INFINITY;
        double size = decideSize(w, type, available, m);
        if (size <= 0) {
            return;
        }
        double reference = m.farTouch(w.order.side());
        double bps = models.slippage().slippageBps(w.order, type, size, m, rng);
        if (!Double.isFinite(bps)) {
            throw new IllegalStateException("slippage model " + models.slippage().getClass().getName()
                    + " returned " + bps + " for order '" + w.order.id() + "'");
        }
        int sign = w.order.side().sign();
        double price = reference * (1.0 + sign * bps / 10_000.0);
        if (!(price > 0) || Double.isInfinite(price)) {
            throw new IllegalStateException("slippage model " + models.slippage().getClass().getName() + " returned "
                    + bps + " bps for order '" + w.order.id() + "', which prices the fill at " + price
                    + "; a sell's slippage must stay below 10,000 bps");
        }
        if (w.order.isLimit()) {
            price = w.order.side() == Side.BUY ? Math.min(price, w.order.limitPrice())
                    : Math.max(price, w.order.limitPrice());
        }
        double appliedBps = sign * (price - reference) / reference * 10_000.0;
        record(w, type, price, size, appliedBps, timeNanos);
    }

    /** Fills (part of) a resting order at its limit price. */
    private void rest(WorkingOrder w, FillType type, double available, MarketConditions m, long timeNanos) {
        double size = decideSize(w, type, available, m);
        if (type == FillType.MAKER) {
            size = Math.min(size, available);
        }
        if (size > 0) {
            record(w, type, w.order.limitPrice(), size, 0.0, timeNanos);
        }
    }

    private double decideSize(WorkingOrder w, FillType type, double available, MarketConditions m) {
        double size = models.fill().fillSize(w.order, type, w.remaining, available, m, rng);
        if (!(size >= 0) || size > w.remaining * (1 + 1e-9)) {
            throw new IllegalStateException("fill model " + models.fill().getClass().getName() + " returned " + size
                    + " for order '" + w.order.id() + "' with " + w.remaining + " remaining; must be in [0, remaining]");
        }
        return Math.min(size, w.remaining);
    }

    private void record(WorkingOrder w, FillType type, double price, double size, double slippageBps, long timeNanos) {
        double fee = models.fee().fee(w.order, type, price, size, timeNanos);
        if (!Double.isFinite(fee)) {
            throw new IllegalStateException("fee model " + models.fee().getClass().getName() + " returned " + fee
                    + " for order '" + w.order.id() + "'");
        }
        double left = w.remaining - size;
        if (left <= w.order.size() * 1e-12) {
            left = 0.0;
        }
        long notifyNanos = models.latency().sampleNanos(LatencyKind.FILL_NOTIFICATION, rng);
        Fill fill = new Fill(w.order.id(), w.order.symbol(), w.order.side(), price, size, fee, type,
                w.submitLatencyNanos + notifyNanos, slippageBps, timeNanos, left > 0);
        w.remaining = left;
        if (!w.hadFill) {
            w.hadFill = true;
            ordersWithFills++;
        }
        if (left == 0.0) {
            w.status = OrderStatus.FILLED;
            filledOrders++;
            finished(w);
        } else {
            partialFills++;
        }
        fillCount++;
        if (retention == Retention.ALL) {
            fills.append(w.order, fill);
        }
        fees.add(fee);
        slippage.add(slippageBps);
        latencyMillis.add(fill.latencyMillis());
        events.add(Nanos.plus(timeNanos, notifyNanos), EventQueue.Kind.FILL_NOTIFIED, fill);
    }
}

package dev.parallax.sim.core;

import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.OrderType;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.QueueModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How orders meet the market: an arriving order takes liquidity or rests behind a queue; a market
 * update or a trade reaches the market orders waiting for liquidity and the resting limit orders
 * it can affect, level by level ({@link SymbolBook}, {@link PriceLevels}), and advances their
 * queues through the queue model. Where a fill can happen it asks the {@link FillPricer} for one.
 */
final class Matching {

    private static final long ONE_MINUTE_NANOS = 60_000_000_000L;

    private final QueueModel queue;
    private final RandomGenerator rng;
    private final FillPricer pricer;
    private final Map<String, SymbolBook> books = new HashMap<>();
    /** The book looked up last, kept because consecutive events are mostly for one symbol. */
    private String lastSymbol;
    private SymbolBook lastBook;

    Matching(QueueModel queue, RandomGenerator rng, FillPricer pricer) {
        this.queue = queue;
        this.rng = rng;
        this.pricer = pricer;
    }

    /** An order reaches the venue: it meets the symbol's market, or waits for a first one. */
    void arrive(WorkingOrder w) {
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

    /** Takes a cancelled order out of its symbol's book, wherever it waits. */
    void remove(WorkingOrder w) {
        SymbolBook book = books.get(w.order.symbol());
        if (book != null) {
            book.remove(w);
            book.awaitingMarket.remove(w);
        }
    }

    /**
     * A new snapshot: market orders waiting for liquidity take what it shows, resting orders react
     * to the change, then orders that arrived before any market for the symbol meet it.
     */
    void onMarket(MarketConditions market) {
        SymbolBook book = book(market.symbol());
        MarketConditions previous = book.market;
        book.market = market;
        if (previous != null) {
            List<WorkingOrder> waitingForLiquidity = book.marketOrders;
            for (int i = 0; i < waitingForLiquidity.size(); i++) {
                pricer.take(waitingForLiquidity.get(i), FillType.AGGRESSIVE, market, market.timeNanos());
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
    }

    /** A trade printed on the venue: resting orders beyond its price fill, those at it advance their queue. */
    void onTrade(String symbol, double price, double size, long timeNanos) {
        SymbolBook book = book(symbol);
        book.tradesFed = true;
        if (book.market != null) {
            tradeSide(book, Side.BUY, price, size, timeNanos);
            tradeSide(book, Side.SELL, price, size, timeNanos);
        }
    }

    /** True when no order of {@code symbol} is working. */
    boolean isIdle(String symbol) {
        SymbolBook book = symbol == lastSymbol || symbol.equals(lastSymbol) ? lastBook : books.get(symbol);
        return book == null || book.isEmpty();
    }

    /** The book of {@code symbol}, created on first use. */
    private SymbolBook book(String symbol) {
        if (symbol != lastSymbol && !symbol.equals(lastSymbol)) {
            lastBook = books.computeIfAbsent(symbol, s -> new SymbolBook());
            lastSymbol = symbol;
        }
        return lastBook;
    }

    /** First contact of an order with the venue's market, at {@code timeNanos}. */
    private void execute(WorkingOrder w, SymbolBook book, long timeNanos) {
        MarketConditions m = book.market;
        Order o = w.order;
        if (o.type() == OrderType.MARKET) {
            pricer.take(w, FillType.AGGRESSIVE, m, timeNanos);
        } else if (o.accepts(m.farTouch(o.side()))) {
            pricer.take(w, FillType.TAKER, m, timeNanos);
            if (!w.status.isTerminal()) {
                w.queueAhead = 0.0; // the rest now sets the best price at its limit
            }
        } else {
            w.queueAhead = requireValidQueue(queue.initialQueueAhead(o, m, rng));
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
            pricer.rest(w, FillType.PASSIVE, Double.POSITIVE_INFINITY, market, timeNanos);
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
        double after = requireValidQueue(queue.queueAheadAfter(aheadBefore, traded, previousDepth, currentDepth, rng));
        w.queueAhead = after;
        double leftover = traded - aheadBefore;
        if (after == 0.0 && leftover > 0) {
            pricer.rest(w, FillType.MAKER, leftover, market, timeNanos);
        }
    }

    private double requireValidQueue(double ahead) {
        if (!(ahead >= 0)) {
            throw new IllegalStateException("queue model " + queue.getClass().getName()
                    + " returned an invalid quantity ahead: " + ahead + "; it must be >= 0");
        }
        return ahead;
    }
}

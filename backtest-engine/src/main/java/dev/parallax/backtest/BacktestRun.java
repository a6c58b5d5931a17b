package dev.parallax.backtest;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.OrderRejection;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.OrderType;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.ExecutionSimulator;
import dev.parallax.sim.core.Retention;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The mutable state of one backtest run: simulator, portfolio, markets, orders and results, and
 * the handling of each event. Used once by {@link BacktestEngine}.
 */
final class BacktestRun {

    final BacktestConfig config;
    final Strategy strategy;
    final EngineObserver observer;
    final ExecutionSimulator simulator;
    final Portfolio portfolio;
    final Map<String, SymbolMarket> markets = new TreeMap<>();
    /**
     * Every client order id sent in this run, held for the next bar's open or not, and whether the
     * run knows the order is finished (filled, cancelled, or cancelled while held). An id stays used
     * for the whole run. {@code Boolean} values are the two shared constants, so marking an order
     * finished allocates nothing.
     */
    private final Map<String, Boolean> finishedById = new HashMap<>();
    /** Records orders in the parity tracker; null when the run has none. */
    private final ParityRecorder parity;
    final BacktestContext context;
    private final ArrayDeque<Fill> notified = new ArrayDeque<>();
    private final List<Fill> fills = new ArrayList<>();
    private final EquityRecorder equity;
    private boolean dispatching;
    /** False to show the simulator every point of every bar, as the equivalence test's reference. */
    private final boolean skipIdleBarPoints;
    /** Markets whose last close is held back from the idle simulator, oldest first (see {@link #holdClose}). */
    private final List<SymbolMarket> heldCloses = new ArrayList<>();
    /** Snapshots given to the simulator so far. */
    long snapshotsFed;
    long clockNanos;
    private String lastSymbol;
    private SymbolMarket lastMarket;
    private long events;
    private long firstEvent;
    private long lastEvent;
    /** Orders that may still fill, as the account sees them. */
    private final OpenOrders open = new OpenOrders();
    private final BuyingPower buyingPower;
    private final Rejections rejections = new Rejections();
    private long forcedOrders;
    private boolean ruined;
    private long ruinedAtNanos;
    /** When the strategy sees each event. */
    private final MarketDataDelay delay;
    /** Events the venue has applied and the strategy has not seen yet. */
    private final DelayedEvents undelivered = new DelayedEvents();

    BacktestRun(BacktestConfig config, Strategy strategy, EngineObserver observer, boolean skipIdleBarPoints) {
        this.config = config;
        this.skipIdleBarPoints = skipIdleBarPoints;
        this.strategy = strategy;
        this.observer = observer;
        // the run keeps its own fills and order ids, so the simulator need not keep finished ones
        ExecutionModels models = config.models().create();
        this.simulator = new ExecutionSimulator(models, new SplittableRandom(config.seed()), notified::add,
                Retention.WORKING_ONLY);
        this.delay = config.marketDataLatency() ? MarketDataDelay.drawn(models.latency(), config.seed())
                : MarketDataDelay.none();
        this.parity = config.parityTracker().map(ParityRecorder::new).orElse(null);
        this.portfolio = new Portfolio(config.initialCash());
        this.equity = new EquityRecorder(config.equityIntervalNanos());
        this.context = new BacktestContext(this);
        this.buyingPower = new BuyingPower(config.account(), portfolio, open, this::mark);
    }

    /** The last price of {@code symbol}, NaN before its first event. */
    private double mark(String symbol) {
        SymbolMarket market = markets.get(symbol);
        return market == null ? Double.NaN : market.mark();
    }

    void start(long firstTimeNanos) {
        clockNanos = firstTimeNanos;
        strategy.onStart(context);
        dispatchFills();
    }

    void handle(MarketEvent event) {
        if (events++ == 0) {
            firstEvent = event.timeNanos();
        }
        lastEvent = event.timeNanos();
        SymbolMarket market = market(event.symbol());
        if (event instanceof Bar bar) {
            onBar(market, bar);
        } else if (event instanceof TradeTick trade) {
            onTrade(market, trade);
        } else if (event instanceof Quote quote) {
            onQuote(market, quote);
        }
        undelivered.add(event, delay.deliveryNanos(event.timeNanos()), market.mark());
        deliverUntil(event.timeNanos());
        checkAccount(event.timeNanos());
        equity.record(event.timeNanos(), portfolio.equity());
        observer.afterEvent(event, portfolio);
    }

    /** The market of {@code symbol}, created on first use; the last one is kept, as events mostly repeat a symbol. */
    private SymbolMarket market(String symbol) {
        if (symbol == lastSymbol || symbol.equals(lastSymbol)) {
            return lastMarket;
        }
        SymbolMarket market = markets.get(symbol);
        if (market == null) {
            market = new SymbolMarket(symbol, config.barSpreadBps(), config.volatilityWindow());
            markets.put(symbol, market);
        }
        lastSymbol = symbol;
        lastMarket = market;
        return market;
    }

    private void onBar(SymbolMarket market, Bar bar) {
        long duration = market.barDuration(bar);
        long start = bar.timeNanos() - duration;
        boolean lowFirst = bar.open() - bar.low() < bar.high() - bar.open();
        double second = lowFirst ? bar.low() : bar.high();
        double third = lowFirst ? bar.high() : bar.low();
        long open = atLeastClock(start + duration / 4);
        deliverBefore(open);
        if (!market.held.isEmpty() || mustFeed(market)) {
            discardClose(market);
            feed(market.atBarPrice(bar, bar.open(), open, duration));
        }
        releaseHeld(market, open);
        long secondTime = atLeastClock(start + duration / 2);
        deliverBefore(secondTime);
        if (mustFeed(market)) {
            feed(market.atBarPrice(bar, second, secondTime, duration));
        }
        long thirdTime = atLeastClock(start + 3 * (duration / 4));
        deliverBefore(thirdTime);
        if (mustFeed(market)) {
            feed(market.atBarPrice(bar, third, thirdTime, duration));
        }
        deliverBefore(bar.timeNanos());
        if (mustFeed(market)) {
            feed(market.atBarPrice(bar, bar.close(), bar.timeNanos(), duration));
        } else {
            holdClose(market, bar, duration);
        }
        market.closeBar(bar);
        portfolio.mark(market.symbol, bar.close());
        clockNanos = bar.timeNanos();
    }

    private void onTrade(SymbolMarket market, TradeTick trade) {
        deliverBefore(trade.timeNanos());
        clockNanos = trade.timeNanos();
        market.trade(trade.price(), trade.size(), trade.timeNanos());
        releaseCloses();
        simulator.onTrade(trade.symbol(), trade.price(), trade.size(), trade.timeNanos());
        if (!market.hasQuotes()) {
            simulator.onMarket(market.atTrade(trade.price(), trade.timeNanos()));
        }
        dispatchFills();
        portfolio.mark(market.symbol, market.mark());
    }

    private void onQuote(SymbolMarket market, Quote quote) {
        deliverBefore(quote.timeNanos());
        clockNanos = quote.timeNanos();
        feed(market.atQuote(quote));
        portfolio.mark(market.symbol, market.mark());
    }

    /** Shows the strategy every event due strictly before {@code timeNanos}, before the venue moves on to it. */
    private void deliverBefore(long timeNanos) {
        while (!undelivered.isEmpty() && undelivered.firstDueNanos() < timeNanos) {
            deliverFirst();
        }
    }

    /** Shows the strategy every event due at or before {@code timeNanos}, once the venue has applied it. */
    private void deliverUntil(long timeNanos) {
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
        SymbolMarket market = market(event.symbol());
        if (due > clockNanos) {
            clockNanos = due;
            if (!simulator.isIdle(market.symbol) && due > simulator.clockNanos()) {
                releaseCloses();
                simulator.advanceTo(due);
                dispatchFills();
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
        dispatchFills();
    }

    /**
     * Whether a point of a bar's path must be shown to the simulator now. Not when the simulator is
     * idle for the symbol (nothing in flight, nothing working): a point before the close would change
     * nothing, and the close replaces it as the market later orders meet, so leaving it out gives the
     * same fills without building a snapshot; the close itself is held back until something else
     * reaches the simulator ({@link #holdClose}). Always, when the run was made to show every point.
     */
    private boolean mustFeed(SymbolMarket market) {
        return !skipIdleBarPoints || !simulator.isIdle(market.symbol);
    }

    /** {@code timeNanos}, or the latest time already seen if that is later (bars of several symbols interleave). */
    private long atLeastClock(long timeNanos) {
        return Math.max(timeNanos, Math.max(clockNanos, simulator.clockNanos()));
    }

    private void feed(MarketConditions conditions) {
        releaseCloses();
        snapshotsFed++;
        clockNanos = conditions.timeNanos();
        simulator.onMarket(conditions);
        dispatchFills();
    }

    /**
     * Holds a bar's close back from a simulator that is idle for the symbol, instead of building its
     * snapshot: shown to an idle simulator, it would only become the market that later orders meet.
     * {@link #releaseCloses} shows it, at its own time, before anything else reaches the simulator,
     * so the simulator is in the same state by then as if it had been shown at once; a later close
     * of the symbol replaces it. A run of bars on which nothing trades then builds no snapshot.
     */
    private void holdClose(SymbolMarket market, Bar bar, long duration) {
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
    private void discardClose(SymbolMarket market) {
        if (market.holdsClose()) {
            heldCloses.remove(market);
            market.discardClose();
        }
    }

    /** Shows the simulator every close held back, in time order; call before anything else reaches it. */
    void releaseCloses() {
        for (int i = 0; i < heldCloses.size(); i++) {
            snapshotsFed++;
            simulator.onMarket(heldCloses.get(i).releaseClose());
        }
        heldCloses.clear();
    }

    private void releaseHeld(SymbolMarket market, long timeNanos) {
        if (market.held.isEmpty()) {
            return;
        }
        List<Order> due = new ArrayList<>(market.held);
        market.held.clear();
        clockNanos = timeNanos;
        releaseCloses();
        for (Order o : due) {
            Order atOpen = new Order(o.id(), o.symbol(), o.side(), o.type(), o.size(), o.limitPrice(), timeNanos);
            if (parity != null) {
                parity.sent(atOpen);
            }
            open.sent(o.id());
            simulator.submit(atOpen);
        }
        dispatchFills();
    }

    /**
     * Sends an order to the simulator now, or holds it for the next bar's open, if the account can
     * take it; otherwise rejects it (the id stays used) and tells the strategy once its callback returns.
     */
    void route(Order order, SymbolMarket market) {
        double price = order.type() == OrderType.LIMIT ? order.limitPrice() : market.mark();
        open.prune(this::isWorking);
        Optional<String> refusal = refusal(order, price);
        if (refusal.isPresent()) {
            finishedById.put(order.id(), Boolean.TRUE);
            rejections.add(new OrderRejection(order.id(), clockNanos, refusal.get()));
            return;
        }
        finishedById.put(order.id(), Boolean.FALSE);
        if (parity != null) {
            parity.sent(order);
        }
        boolean held = config.barExecution() == BarExecution.NEXT_BAR_OPEN && market.hasBars();
        open.add(order, price, held, false);
        if (held) {
            market.held.add(order);
            return;
        }
        releaseCloses();
        simulator.submit(order);
        dispatchFills();
    }

    private Optional<String> refusal(Order order, double price) {
        if (ruined) {
            return Optional.of("order '" + order.id() + "' refused: the account was ruined at "
                    + Times.instant(ruinedAtNanos) + " (equity at or below zero) and trades no more");
        }
        if (open.anyForced()) {
            return Optional.of("order '" + order.id() + "' refused: the account is being liquidated "
                    + "(equity fell to the maintenance margin)");
        }
        return buyingPower.refusal(order, price);
    }

    /**
     * After an event: an account whose equity is at or below zero is ruined (once; the time is kept),
     * and a margin account at or below its maintenance margin is liquidated. Either way its orders are
     * cancelled and its positions closed at market; a ruined account closes again whatever a late
     * fill reopens.
     */
    private void checkAccount(long timeNanos) {
        double equityNow = portfolio.equity();
        if (!ruined && equityNow <= 0) {
            ruined = true;
            ruinedAtNanos = timeNanos;
            forceClose("ruin");
        } else if (ruined || buyingPower.belowMaintenance(equityNow)) {
            open.prune(this::isWorking);
            if (!open.anyForced() && portfolio.grossExposure() > 0) {
                forceClose(ruined ? "ruin" : "liquidation");
            }
        }
    }

    /** Cancels every order of the strategy and closes every position with a market order {@code prefix-n}. */
    private void forceClose(String prefix) {
        releaseCloses();
        long now = Math.max(clockNanos, simulator.clockNanos());
        for (SymbolMarket market : markets.values()) {
            for (Order held : market.held) {
                cancelledWhileHeld(held.id());
            }
            market.held.clear();
        }
        open.prune(this::isWorking);
        List<String> working = new ArrayList<>();
        for (OpenOrders.Entry e : open.entries()) {
            if (!e.forced) {
                working.add(e.id);
            }
        }
        for (String id : working) {
            simulator.cancel(id, now);
        }
        for (String symbol : portfolio.openSymbols()) {
            double q = portfolio.position(symbol);
            String id;
            do {
                id = prefix + "-" + ++forcedOrders;
            } while (isUsed(id));
            Order close = Order.market(id, symbol, q > 0 ? Side.SELL : Side.BUY, Math.abs(q), now);
            finishedById.put(id, Boolean.FALSE);
            open.add(close, mark(symbol), false, true);
            simulator.submit(close);
        }
        dispatchFills();
    }

    /**
     * Applies fills the simulator has notified, in order, and tells the strategy of each; then tells
     * it of orders the account rejected.
     */
    void dispatchFills() {
        if (dispatching) {
            return;
        }
        dispatching = true;
        try {
            Fill fill;
            OrderRejection rejection = null;
            while ((fill = notified.poll()) != null || (rejection = rejections.nextUnreported()) != null) {
                if (fill == null) {
                    strategy.onOrderRejected(rejection.orderId(), rejection.reason(), context);
                    continue;
                }
                SymbolMarket market = markets.get(fill.symbol());
                portfolio.apply(fill, market.regime());
                open.filled(fill);
                buyingPower.sawFee(fill);
                if (config.keepFills()) {
                    fills.add(fill);
                }
                if (!fill.partial()) {
                    finishedById.put(fill.orderId(), Boolean.TRUE);
                }
                if (parity != null) {
                    parity.fill(fill);
                }
                strategy.onFill(fill, context);
            }
        } finally {
            dispatching = false;
        }
    }

    /** True if an order was sent with client id {@code id} in this run. */
    boolean isUsed(String id) {
        return finishedById.containsKey(id);
    }

    /** Notes that order {@code id}, held for the next bar's open, was cancelled before it was sent. */
    void cancelledWhileHeld(String id) {
        finishedById.put(id, Boolean.TRUE);
        open.remove(id);
        if (parity != null) {
            parity.cancelledBeforeSent(id);
        }
    }

    /**
     * True if the simulator is still working on order {@code id}, which this run sent to it (not
     * one still held for the next bar's open): pending or working. Once the simulator says no, the
     * order has filled or been cancelled, and the run notes it, so it asks about a finished order
     * at most once, and not at all once the order's last fill was notified.
     */
    boolean isWorking(String id) {
        if (finishedById.get(id)) {
            return false;
        }
        boolean working = simulator.isWorking(id);
        if (!working) {
            finishedById.put(id, Boolean.TRUE);
        }
        return working;
    }

    void finish() {
        deliverUntil(Long.MAX_VALUE);
        simulator.drainNotifications();
        dispatchFills();
        strategy.onStop(context);
        dispatchFills();
        if (parity != null) {
            parity.finish();
        }
    }

    BacktestResult result() {
        if (events > 0) {
            equity.finish(lastEvent, portfolio.equity());
        }
        return ResultAssembler.assemble(strategy.getClass().getName(), config, portfolio, equity.series(), fills,
                events, firstEvent, lastEvent, simulator.statistics(),
                rejections.outcome(ruined ? OptionalLong.of(ruinedAtNanos) : OptionalLong.empty()));
    }
}

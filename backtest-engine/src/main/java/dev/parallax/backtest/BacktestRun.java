package dev.parallax.backtest;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.core.ExecutionModels;
import java.util.Optional;

/**
 * One backtest run, in its sequence: start, each event (applied at the venue, delivered to the
 * strategy, the account checked, equity recorded), finish, result. Used once by a
 * {@link StrategyRunner}. The work is done by its parts: {@link RunVenue} (the venue and the
 * run's clock), {@link BarReplay} (a bar as simulator steps), {@link Deliveries} (what the strategy
 * sees and when), {@link OrderRouter} and {@link ClientOrders} (orders), {@link AccountGuard}
 * (refusals, the entry gate, ruin, liquidation) and {@link FillDispatch} (fills to the account, the
 * execution listener and the strategy).
 */
final class BacktestRun {

    private final BacktestConfig config;
    private final Strategy strategy;
    private final EngineObserver observer;
    private final RunVenue venue;
    private final Portfolio portfolio;
    private final Markets markets;
    /** Sums each order's fills for the parity tracker and the order-execution listener; null when the run has neither. */
    private final OrderExecutions orderExecutions;
    private final ClientOrders orders;
    private final FillDispatch dispatch;
    private final AccountGuard account;
    private final BacktestContext context;
    private final Deliveries deliveries;
    private final BarReplay bars;
    private final EquityRecorder equity;
    private long events;
    private long firstEvent;
    private long lastEvent;

    /** A run on the simulated venue, with no hooks. */
    BacktestRun(BacktestConfig config, Strategy strategy, EngineObserver observer, boolean skipIdleBarPoints) {
        this(config, strategy, observer, skipIdleBarPoints, RunHooks.NONE);
    }

    /** A run on the venue {@code hooks} opens, with its listeners and entry gate. */
    BacktestRun(BacktestConfig config, Strategy strategy, EngineObserver observer, boolean skipIdleBarPoints,
                RunHooks hooks) {
        this.config = config;
        this.strategy = strategy;
        this.observer = observer;
        ExecutionModels models = config.models().create();
        this.venue = new RunVenue(hooks.venues(), models, config.seed());
        MarketDataDelay delay = config.marketDataLatency() ? MarketDataDelay.drawn(models.latency(), config.seed())
                : MarketDataDelay.none();
        this.orderExecutions = orderExecutions(config, hooks.orderExecutions());
        this.portfolio = new Portfolio(config.positionMode(), config.initialCash());
        this.markets = new Markets(config.barSpreadBps(), config.volatilityWindow());
        this.equity = new EquityRecorder(config.equityIntervalNanos());
        OpenOrders open = new OpenOrders();
        BuyingPower buyingPower = new BuyingPower(config.account(), portfolio, open, markets::mark);
        this.orders = new ClientOrders(open, venue, orderExecutions);
        this.dispatch = new FillDispatch(venue, markets, portfolio, orders, buyingPower, strategy, config.keepFills(),
                hooks.executions());
        this.account = new AccountGuard(portfolio, markets, buyingPower, orders, venue, dispatch, hooks.gate());
        OrderRouter router = new OrderRouter(config.barExecution(), orders, account, venue, dispatch);
        this.context = new BacktestContext(config, venue, markets, portfolio, router);
        dispatch.connect(context);
        this.deliveries = new Deliveries(delay, venue, markets, dispatch, strategy, context);
        this.bars = new BarReplay(venue, deliveries, router, dispatch, portfolio, skipIdleBarPoints);
    }

    void start(long firstTimeNanos) {
        venue.moveClockTo(firstTimeNanos);
        strategy.onStart(context);
        dispatch.dispatch();
    }

    void handle(MarketEvent event) {
        if (events++ == 0) {
            firstEvent = event.timeNanos();
        }
        lastEvent = event.timeNanos();
        SymbolMarket market = markets.market(event.symbol());
        if (event instanceof Bar bar) {
            bars.replay(market, bar);
        } else if (event instanceof TradeTick trade) {
            onTrade(market, trade);
        } else if (event instanceof Quote quote) {
            onQuote(market, quote);
        }
        deliveries.add(event, market.mark());
        deliveries.deliverUntil(event.timeNanos());
        equity.record(event.timeNanos(), account.check(event.timeNanos()));
        observer.afterEvent(event, portfolio);
    }

    private void onTrade(SymbolMarket market, TradeTick trade) {
        deliveries.deliverBefore(trade.timeNanos());
        venue.moveClockTo(trade.timeNanos());
        market.trade(trade.price(), trade.size(), trade.timeNanos());
        venue.releaseCloses();
        venue.trade(trade.symbol(), trade.price(), trade.size(), trade.timeNanos());
        if (!market.hasQuotes()) {
            venue.showAroundTrade(market.atTrade(trade.price(), trade.timeNanos()));
        }
        dispatch.dispatch();
        portfolio.mark(market.symbol(), market.mark());
    }

    private void onQuote(SymbolMarket market, Quote quote) {
        deliveries.deliverBefore(quote.timeNanos());
        venue.moveClockTo(quote.timeNanos());
        venue.show(market.atQuote(quote));
        dispatch.dispatch();
        portfolio.mark(market.symbol(), market.mark());
    }

    /**
     * While a real-time feed is quiet: makes the market-data deliveries due strictly before
     * {@code horizonNanos}, each as it would be made before the next event (the clock moves to its
     * due time; the simulator too when something is in flight, with the fill notifications due by then).
     *
     * @return the due time of the last delivery made, or {@link Long#MIN_VALUE} if none was due
     */
    long deliverBefore(long horizonNanos) {
        return deliveries.deliverDueBefore(horizonNanos);
    }

    /**
     * The first moment {@code event} would touch the venue: its own time, or for a bar its first
     * point (a quarter into the bar, as {@link BarReplay} shows it, before any clamping to the clock).
     */
    long firstVenueNanos(MarketEvent event) {
        if (event instanceof Bar bar) {
            long duration = markets.market(bar.symbol()).barDuration(bar);
            return bar.timeNanos() - duration + duration / 4;
        }
        return event.timeNanos();
    }

    /**
     * In real time, after each event and while the feed is quiet: a venue with a market of its own
     * (a live one) reports what it has received since it was last asked, at the run's clock, and it
     * reaches the account and the strategy. The simulated venue is left alone: it acts only at the
     * moments the historical run has.
     */
    void pollVenue() {
        if (venue.hasOwnMarket()) {
            venue.advanceTo(venue.clockNanos());
            dispatch.dispatch();
        }
    }

    /**
     * The earliest time the next event may be applied at: the run's clock, or the simulator's if it is
     * later. An event older than this (a live feed's event that arrived after the run moved past its
     * time) must be moved to it.
     */
    long floorNanos() {
        return Math.max(venue.clockNanos(), venue.simulatorClockNanos());
    }

    void finish() {
        deliveries.deliverUntil(Long.MAX_VALUE);
        venue.drainNotifications();
        dispatch.dispatch();
        strategy.onStop(context);
        dispatch.dispatch();
        if (orderExecutions != null) {
            orderExecutions.finish();
        }
        venue.close();
    }

    /**
     * The summing of orders for the parity tracker's backtest side and {@code listener}; null when
     * there is no tracker and {@code listener} is {@link OrderExecutionListener#NONE}.
     */
    private static OrderExecutions orderExecutions(BacktestConfig config, OrderExecutionListener listener) {
        Optional<ParityTracker> parity = config.parityTracker();
        if (parity.isEmpty()) {
            return listener == OrderExecutionListener.NONE ? null : new OrderExecutions(listener);
        }
        ParityTracker tracker = parity.get();
        return new OrderExecutions(execution -> {
            tracker.recordBacktest(execution);
            listener.onOrderExecuted(execution);
        });
    }

    /** Snapshots given to the simulator so far: bar points, quotes and released closes. */
    long snapshotsFed() {
        return venue.snapshotsShown();
    }

    BacktestResult result() {
        if (events > 0) {
            equity.finish(lastEvent, portfolio.equity());
        }
        return ResultAssembler.assemble(strategy.getClass().getName(), config, portfolio, equity.series(),
                dispatch.fills(), events, firstEvent, lastEvent, venue.statistics(), orders.outcome(account.ruinedAt()));
    }
}

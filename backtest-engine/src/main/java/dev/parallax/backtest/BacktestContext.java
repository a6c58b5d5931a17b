package dev.parallax.backtest;

import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.util.HashMap;
import java.util.Map;

/** The {@link StrategyContext} of a backtest run: checks each request, then routes it. */
final class BacktestContext implements StrategyContext {

    /** The last number {@link #nextOrderId} gave for one prefix; mutable, so counting boxes nothing. */
    private static final class IdCounter {
        long last;
    }

    private final double maxOrderSize;
    private final boolean marketDataLatency;
    private final RunVenue venue;
    private final Markets markets;
    private final Portfolio portfolio;
    private final OrderRouter router;
    private final Map<String, IdCounter> idCounters = new HashMap<>();

    BacktestContext(BacktestConfig config, RunVenue venue, Markets markets, Portfolio portfolio, OrderRouter router) {
        this.maxOrderSize = config.maxOrderSize();
        this.marketDataLatency = config.marketDataLatency();
        this.venue = venue;
        this.markets = markets;
        this.portfolio = portfolio;
        this.router = router;
    }

    @Override
    public long timeNanos() {
        return venue.clockNanos();
    }

    @Override
    public void submitMarket(String clientOrderId, String symbol, Side side, double size) {
        submit(Order.market(clientOrderId, symbol, side, size, venue.clockNanos()));
    }

    @Override
    public void submitLimit(String clientOrderId, String symbol, Side side, double size, double limitPrice) {
        submit(Order.limit(clientOrderId, symbol, side, size, limitPrice, venue.clockNanos()));
    }

    private void submit(Order order) {
        SymbolMarket market = markets.find(order.symbol());
        if (market == null) {
            throw new IllegalArgumentException("order '" + order.id() + "' is for unknown symbol '" + order.symbol()
                    + "' at " + Times.instant(venue.clockNanos()) + "; symbols with data so far: " + markets.symbols());
        }
        if (order.size() > maxOrderSize) {
            throw new IllegalArgumentException("order '" + order.id() + "' size " + order.size()
                    + " is above the configured limit " + maxOrderSize);
        }
        if (router.isUsed(order.id())) {
            throw new IllegalArgumentException("client order id '" + order.id() + "' was already used in this run");
        }
        router.route(order, market);
    }

    @Override
    public boolean cancel(String clientOrderId) {
        Preconditions.notBlank("clientOrderId", clientOrderId);
        return router.cancel(clientOrderId);
    }

    @Override
    public String nextOrderId(String prefix) {
        Preconditions.notBlank("prefix", prefix);
        long n = ++idCounters.computeIfAbsent(prefix, p -> new IdCounter()).last;
        return prefix + "-" + n;
    }

    @Override
    public double position(String symbol) {
        return portfolio.position(symbol);
    }

    @Override
    public double averageEntryPrice(String symbol) {
        return portfolio.averageEntryPrice(symbol);
    }

    @Override
    public double lastPrice(String symbol) {
        SymbolMarket market = markets.find(symbol);
        if (market == null) {
            return Double.NaN;
        }
        return marketDataLatency ? market.seenMark() : market.mark();
    }

    @Override
    public double cash() {
        return portfolio.cash();
    }

    @Override
    public double equity() {
        return portfolio.equity();
    }

    @Override
    public boolean isOpen(String clientOrderId) {
        return router.isOpen(clientOrderId);
    }
}

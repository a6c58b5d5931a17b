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

    private final BacktestRun run;
    private final Map<String, IdCounter> idCounters = new HashMap<>();

    BacktestContext(BacktestRun run) {
        this.run = run;
    }

    @Override
    public long timeNanos() {
        return run.clockNanos;
    }

    @Override
    public void submitMarket(String clientOrderId, String symbol, Side side, double size) {
        submit(Order.market(clientOrderId, symbol, side, size, run.clockNanos));
    }

    @Override
    public void submitLimit(String clientOrderId, String symbol, Side side, double size, double limitPrice) {
        submit(Order.limit(clientOrderId, symbol, side, size, limitPrice, run.clockNanos));
    }

    private void submit(Order order) {
        SymbolMarket market = run.markets.get(order.symbol());
        if (market == null) {
            throw new IllegalArgumentException("order '" + order.id() + "' is for unknown symbol '" + order.symbol()
                    + "' at " + Times.instant(run.clockNanos) + "; symbols with data so far: " + run.markets.keySet());
        }
        if (order.size() > run.config.maxOrderSize()) {
            throw new IllegalArgumentException("order '" + order.id() + "' size " + order.size()
                    + " is above the configured limit " + run.config.maxOrderSize());
        }
        if (run.isUsed(order.id())) {
            throw new IllegalArgumentException("client order id '" + order.id() + "' was already used in this run");
        }
        run.route(order, market);
    }

    @Override
    public boolean cancel(String clientOrderId) {
        Preconditions.notBlank("clientOrderId", clientOrderId);
        for (SymbolMarket market : run.markets.values()) {
            if (market.held.removeIf(o -> o.id().equals(clientOrderId))) {
                run.cancelledWhileHeld(clientOrderId);
                return true;
            }
        }
        if (!run.isUsed(clientOrderId)) {
            throw new IllegalArgumentException("cannot cancel unknown client order id '" + clientOrderId + "'");
        }
        run.releaseCloses();
        boolean sent = run.isWorking(clientOrderId) && run.simulator.cancel(clientOrderId, run.clockNanos);
        run.dispatchFills();
        return sent;
    }

    @Override
    public String nextOrderId(String prefix) {
        Preconditions.notBlank("prefix", prefix);
        long n = ++idCounters.computeIfAbsent(prefix, p -> new IdCounter()).last;
        return prefix + "-" + n;
    }

    @Override
    public double position(String symbol) {
        return run.portfolio.position(symbol);
    }

    @Override
    public double averageEntryPrice(String symbol) {
        return run.portfolio.averageEntryPrice(symbol);
    }

    @Override
    public double lastPrice(String symbol) {
        SymbolMarket market = run.markets.get(symbol);
        if (market == null) {
            return Double.NaN;
        }
        return run.config.marketDataLatency() ? market.seenMark() : market.mark();
    }

    @Override
    public double cash() {
        return run.portfolio.cash();
    }

    @Override
    public double equity() {
        return run.portfolio.equity();
    }

    @Override
    public boolean isOpen(String clientOrderId) {
        for (SymbolMarket market : run.markets.values()) {
            for (Order o : market.held) {
                if (o.id().equals(clientOrderId)) {
                    return true;
                }
            }
        }
        return run.isUsed(clientOrderId) && run.isWorking(clientOrderId);
    }
}

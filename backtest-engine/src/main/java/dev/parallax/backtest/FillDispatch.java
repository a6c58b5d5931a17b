package dev.parallax.backtest;

import dev.parallax.backtest.result.OrderRejection;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the fills the venue notified to the account and the order books of a run, in order,
 * and tells the {@link ExecutionListener} and then the strategy of each; then tells the strategy of
 * the orders the account or the entry gate rejected. A call made while one is
 * under way (from a strategy callback) returns at once: the outer call goes on with what is new.
 */
final class FillDispatch {

    private final RunVenue venue;
    private final Markets markets;
    private final Portfolio portfolio;
    private final ClientOrders orders;
    private final BuyingPower buyingPower;
    private final Strategy strategy;
    private final boolean keepFills;
    private final ExecutionListener executions;
    private final List<Fill> fills = new ArrayList<>();
    private StrategyContext context;
    private boolean dispatching;

    FillDispatch(RunVenue venue, Markets markets, Portfolio portfolio, ClientOrders orders, BuyingPower buyingPower,
                 Strategy strategy, boolean keepFills, ExecutionListener executions) {
        this.venue = venue;
        this.markets = markets;
        this.portfolio = portfolio;
        this.orders = orders;
        this.buyingPower = buyingPower;
        this.strategy = strategy;
        this.keepFills = keepFills;
        this.executions = executions;
    }

    /** Sets the context the strategy's callbacks receive; once, before the first {@link #dispatch}. */
    void connect(StrategyContext context) {
        this.context = context;
    }

    /** Applies every fill notified so far and reports every rejection, in order. */
    void dispatch() {
        if (dispatching) {
            return;
        }
        dispatching = true;
        try {
            Fill fill;
            OrderRejection rejection = null;
            while ((fill = venue.nextNotified()) != null || (rejection = orders.nextUnreportedRejection()) != null) {
                if (fill == null) {
                    strategy.onOrderRejected(rejection.orderId(), rejection.reason(), context);
                    continue;
                }
                portfolio.apply(fill, markets.find(fill.symbol()).regime());
                buyingPower.sawFee(fill);
                if (keepFills) {
                    fills.add(fill);
                }
                orders.filled(fill);
                executions.onExecution(fill, portfolio);
                strategy.onFill(fill, context);
            }
        } finally {
            dispatching = false;
        }
    }

    /** The fills applied so far, when the run keeps them; empty otherwise. */
    List<Fill> fills() {
        return fills;
    }
}

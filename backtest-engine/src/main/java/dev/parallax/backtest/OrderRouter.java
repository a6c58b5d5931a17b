package dev.parallax.backtest;

import dev.parallax.backtest.result.OrderRejection;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.OrderType;
import java.util.List;
import java.util.Optional;

/**
 * Takes the strategy's orders and cancels to the simulator: now, or held for the next bar's open
 * ({@link BarExecution#NEXT_BAR_OPEN}), if the account allows them; and answers whether an order is
 * still open.
 */
final class OrderRouter {

    private final boolean holdForNextOpen;
    private final ClientOrders orders;
    private final AccountGuard account;
    private final RunVenue venue;
    private final FillDispatch dispatch;

    OrderRouter(BarExecution barExecution, ClientOrders orders, AccountGuard account, RunVenue venue,
                FillDispatch dispatch) {
        this.holdForNextOpen = barExecution == BarExecution.NEXT_BAR_OPEN;
        this.orders = orders;
        this.account = account;
        this.venue = venue;
        this.dispatch = dispatch;
    }

    /** True if an order was sent with client id {@code id} in this run. */
    boolean isUsed(String id) {
        return orders.isUsed(id);
    }

    /**
     * Sends an order to the simulator now, or holds it for the next bar's open, if the account can
     * take it; otherwise rejects it (the id stays used) and tells the strategy once its callback returns.
     */
    void route(Order order, SymbolMarket market) {
        double price = order.type() == OrderType.LIMIT ? order.limitPrice() : market.mark();
        orders.pruneOpen();
        Optional<String> refusal = account.refusal(order, price);
        if (refusal.isPresent()) {
            orders.reject(new OrderRejection(order.id(), venue.clockNanos(), refusal.get()));
            return;
        }
        boolean held = holdForNextOpen && market.hasBars();
        orders.accept(order, price, held);
        if (held) {
            return;
        }
        venue.releaseCloses();
        venue.submit(order);
        dispatch.dispatch();
    }

    /** True if an order of {@code symbol} waits for the symbol's next bar's open. */
    boolean holdsFor(String symbol) {
        return orders.holdsFor(symbol);
    }

    /** Sends the orders of {@code symbol} held for its next bar's open, restamped at {@code timeNanos}, the open's time. */
    void releaseHeld(String symbol, long timeNanos) {
        if (!orders.holdsFor(symbol)) {
            return;
        }
        List<Order> due = orders.takeHeld(symbol);
        venue.moveClockTo(timeNanos);
        venue.releaseCloses();
        for (Order o : due) {
            Order atOpen = new Order(o.id(), o.symbol(), o.side(), o.type(), o.size(), o.limitPrice(), timeNanos);
            orders.sentAtOpen(atOpen);
            venue.submit(atOpen);
        }
        dispatch.dispatch();
    }

    /**
     * Cancels order {@code id}: at once if it is held for the next open, else by a request to the
     * simulator if it is still working there. True if it was held or the request was sent.
     *
     * @throws IllegalArgumentException if no order was sent with this id
     */
    boolean cancel(String id) {
        if (orders.cancelHeld(id)) {
            return true;
        }
        if (!orders.isUsed(id)) {
            throw new IllegalArgumentException("cannot cancel unknown client order id '" + id + "'");
        }
        venue.releaseCloses();
        boolean sent = orders.isWorking(id) && venue.cancel(id, venue.clockNanos());
        dispatch.dispatch();
        return sent;
    }

    /** True if order {@code id} is held for the next open or still working in the simulator. */
    boolean isOpen(String id) {
        return orders.isHeld(id) || orders.isUsed(id) && orders.isWorking(id);
    }
}

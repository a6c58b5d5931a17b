package dev.parallax.backtest;

import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the account allows in one run: which orders it refuses, and what happens when it is ruined
 * (equity at or below zero) or, on margin, falls to its maintenance margin.
 */
final class AccountGuard {

    private final Portfolio portfolio;
    private final Markets markets;
    private final BuyingPower buyingPower;
    private final ClientOrders orders;
    private final RunVenue venue;
    private final FillDispatch dispatch;
    private final EntryGate gate;
    private long forcedOrders;
    private boolean ruined;
    private long ruinedAtNanos;

    AccountGuard(Portfolio portfolio, Markets markets, BuyingPower buyingPower, ClientOrders orders, RunVenue venue,
                 FillDispatch dispatch, EntryGate gate) {
        this.portfolio = portfolio;
        this.markets = markets;
        this.buyingPower = buyingPower;
        this.orders = orders;
        this.venue = venue;
        this.dispatch = dispatch;
        this.gate = gate;
    }

    /**
     * Why the account refuses {@code order}, whose cost is estimated at {@code price} per unit: it was
     * ruined, it is being liquidated, the entry gate refuses an order that opens or adds to a position
     * ({@link #onlyReduces}), or its buying power does not cover the order. Empty when it takes the
     * order. The open orders must be up to date.
     */
    Optional<String> refusal(Order order, double price) {
        if (ruined) {
            return Optional.of("order '" + order.id() + "' refused: the account was ruined at "
                    + Times.instant(ruinedAtNanos) + " (equity at or below zero) and trades no more");
        }
        if (orders.anyForcedOpen()) {
            return Optional.of("order '" + order.id() + "' refused: the account is being liquidated "
                    + "(equity fell to the maintenance margin)");
        }
        if (gate != EntryGate.OPEN && !onlyReduces(order)) {
            Optional<String> gated = gateRefusal(order);
            if (gated.isPresent()) {
                return gated;
            }
        }
        return buyingPower.refusal(order, price);
    }

    /**
     * True if {@code order} can only take its symbol's position towards zero, even once every open
     * order on its side has filled: a sell of at most the long position less the open sells, a buy of
     * at most the short position less the open buys.
     */
    boolean onlyReduces(Order order) {
        double q = portfolio.position(order.symbol());
        double room = order.side() == Side.SELL ? q : -q;
        return room > 0 && order.size() + orders.unfilled(order.symbol(), order.side()) <= room;
    }

    /** The entry gate's refusal of {@code order}; a gate that throws refuses (fails closed). */
    private Optional<String> gateRefusal(Order order) {
        Optional<String> refusal;
        try {
            refusal = gate.refusal(order);
        } catch (RuntimeException e) {
            return Optional.of("order '" + order.id() + "' refused: the entry gate failed (" + e + ")");
        }
        if (refusal == null) {
            return Optional.of("order '" + order.id() + "' refused: the entry gate answered null");
        }
        return refusal.map(reason -> "order '" + order.id() + "' refused by the entry gate: " + reason);
    }

    /**
     * After an event: an account whose equity is at or below zero is ruined (once; the time is kept),
     * and a margin account at or below its maintenance margin is liquidated. Either way its orders are
     * cancelled and its positions closed at market; a ruined account closes again whatever a late
     * fill reopens.
     *
     * @return the account's equity after the check
     */
    double check(long timeNanos) {
        double equityNow = portfolio.equity();
        if (!ruined && equityNow <= 0) {
            ruined = true;
            ruinedAtNanos = timeNanos;
            forceClose("ruin");
            return portfolio.equity();
        } else if (ruined || buyingPower.belowMaintenance(equityNow)) {
            orders.pruneOpen();
            if (!orders.anyForcedOpen() && portfolio.grossExposure() > 0) {
                forceClose(ruined ? "ruin" : "liquidation");
                return portfolio.equity();
            }
        }
        return equityNow;
    }

    /** Cancels every order of the strategy and closes every position with a market order {@code prefix-n}. */
    private void forceClose(String prefix) {
        venue.releaseCloses();
        long now = Math.max(venue.clockNanos(), venue.simulatorClockNanos());
        orders.cancelAllHeld();
        orders.pruneOpen();
        for (String id : orders.openStrategyOrders()) {
            venue.cancel(id, now);
        }
        for (String symbol : portfolio.openSymbols()) {
            double q = portfolio.position(symbol);
            String id;
            do {
                id = prefix + "-" + ++forcedOrders;
            } while (orders.isUsed(id));
            Order close = Order.market(id, symbol, q > 0 ? Side.SELL : Side.BUY, Math.abs(q), now);
            orders.acceptForced(close, markets.mark(symbol));
            venue.submit(close);
        }
        dispatch.dispatch();
    }

    /** When the account was ruined; empty if it never was. */
    OptionalLong ruinedAt() {
        return ruined ? OptionalLong.of(ruinedAtNanos) : OptionalLong.empty();
    }
}

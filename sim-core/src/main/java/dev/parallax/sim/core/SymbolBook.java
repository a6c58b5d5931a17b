package dev.parallax.sim.core;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's view of one symbol: its latest market and the orders working in it. Resting
 * limit orders are indexed by price in {@link PriceLevels} (one per side), so a market update
 * touches only the levels it can affect: those it crosses and those at the touch or the last
 * trade price. Market orders waiting for liquidity are kept apart.
 */
final class SymbolBook {

    MarketConditions market;
    /** True once trades for the symbol came through onTrade: volume at a price is then known, not estimated. */
    boolean tradesFed;
    /** Orders that reached the venue before any market data for the symbol. */
    final List<WorkingOrder> awaitingMarket = new ArrayList<>();
    /** Market orders partly filled, waiting for more liquidity, in arrival order. */
    final List<WorkingOrder> marketOrders = new ArrayList<>();
    private final PriceLevels bids = new PriceLevels(Side.BUY);
    private final PriceLevels asks = new PriceLevels(Side.SELL);

    /** The resting orders of {@code side}. */
    PriceLevels levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    /** True when no order of the symbol is working: none resting, waiting for liquidity or waiting for a first market. */
    boolean isEmpty() {
        return bids.best() < 0 && asks.best() < 0 && marketOrders.isEmpty() && awaitingMarket.isEmpty();
    }

    /** Puts a working order in the book: a limit order at its price level, a market order in the waiting list. */
    void add(WorkingOrder w) {
        if (w.order.isLimit()) {
            levels(w.order.side()).add(w);
        } else {
            marketOrders.add(w);
        }
    }

    /** Takes an order out of the book, wherever it is; does nothing if it is not there. */
    void remove(WorkingOrder w) {
        if (w.order.isLimit()) {
            levels(w.order.side()).remove(w);
        } else {
            marketOrders.remove(w);
        }
    }

    /** Drops filled and cancelled orders from the market orders waiting for liquidity, keeping their order. */
    void dropFinishedMarketOrders() {
        int kept = 0;
        for (int i = 0; i < marketOrders.size(); i++) {
            WorkingOrder w = marketOrders.get(i);
            if (!w.status.isTerminal()) {
                marketOrders.set(kept++, w);
            }
        }
        for (int i = marketOrders.size() - 1; i >= kept; i--) {
            marketOrders.remove(i);
        }
    }
}

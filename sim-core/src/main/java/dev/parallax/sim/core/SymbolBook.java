package dev.parallax.sim.core;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The simulator's view of one symbol: its latest market and the orders working in it. Resting
 * limit orders are indexed by price (bids highest first, asks lowest first), each level in arrival
 * order, so a market update touches only the levels it can affect: those it crosses and those at
 * the touch or the last trade price. Market orders waiting for liquidity are kept apart.
 */
final class SymbolBook {

    MarketConditions market;
    /** True once trades for the symbol came through onTrade: volume at a price is then known, not estimated. */
    boolean tradesFed;
    /** Orders that reached the venue before any market data for the symbol. */
    final List<WorkingOrder> awaitingMarket = new ArrayList<>();
    /** Market orders partly filled, waiting for more liquidity, in arrival order. */
    final List<WorkingOrder> marketOrders = new ArrayList<>();
    private final TreeMap<Double, List<WorkingOrder>> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Double, List<WorkingOrder>> asks = new TreeMap<>();

    /** The resting orders of {@code side}, best price first. */
    NavigableMap<Double, List<WorkingOrder>> levels(Side side) {
        return side == Side.BUY ? bids : asks;
    }

    void add(WorkingOrder w) {
        if (w.order.isLimit()) {
            levels(w.order.side()).computeIfAbsent(w.order.limitPrice(), p -> new ArrayList<>()).add(w);
        } else {
            marketOrders.add(w);
        }
    }

    void remove(WorkingOrder w) {
        if (!w.order.isLimit()) {
            marketOrders.remove(w);
            return;
        }
        NavigableMap<Double, List<WorkingOrder>> side = levels(w.order.side());
        List<WorkingOrder> level = side.get(w.order.limitPrice());
        if (level != null) {
            level.remove(w);
            if (level.isEmpty()) {
                side.remove(w.order.limitPrice());
            }
        }
    }

    /** Drops filled and cancelled orders from the levels in {@code touched}. */
    void sweep(List<Map.Entry<Double, List<WorkingOrder>>> touched, NavigableMap<Double, List<WorkingOrder>> side) {
        for (Map.Entry<Double, List<WorkingOrder>> level : touched) {
            level.getValue().removeIf(w -> w.status.isTerminal());
            if (level.getValue().isEmpty()) {
                side.remove(level.getKey());
            }
        }
    }
}

package dev.parallax.sim.core;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private final TreeMap<Double, List<WorkingOrder>> bidsAscending = new TreeMap<>();
    /** Bids highest first: a view, so lookups use the natural order of the keys. */
    private final NavigableMap<Double, List<WorkingOrder>> bids = bidsAscending.descendingMap();
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

    private final List<List<WorkingOrder>> touchedLevels = new ArrayList<>();
    private double[] touchedPrices = new double[8];

    /** Notes that level {@code price} of the side being processed was visited and may hold finished orders. */
    void touched(double price, List<WorkingOrder> level) {
        if (touchedLevels.size() == touchedPrices.length) {
            touchedPrices = Arrays.copyOf(touchedPrices, touchedPrices.length * 2);
        }
        touchedPrices[touchedLevels.size()] = price;
        touchedLevels.add(level);
    }

    /** Drops filled and cancelled orders from the levels visited since the last sweep of {@code side}. */
    void sweep(Side side) {
        NavigableMap<Double, List<WorkingOrder>> levels = levels(side);
        for (int i = 0; i < touchedLevels.size(); i++) {
            List<WorkingOrder> level = touchedLevels.get(i);
            level.removeIf(w -> w.status.isTerminal());
            if (level.isEmpty()) {
                levels.remove(touchedPrices[i]);
            }
        }
        touchedLevels.clear();
    }
}

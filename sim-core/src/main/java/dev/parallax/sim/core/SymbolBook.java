package dev.parallax.sim.core;

import dev.parallax.sim.api.MarketConditions;
import java.util.ArrayList;
import java.util.List;

/** The simulator's view of one symbol: its latest market and the orders working in it, in arrival order. */
final class SymbolBook {

    MarketConditions market;
    final List<WorkingOrder> working = new ArrayList<>();
    /** True once trades for the symbol came through onTrade: volume at a price is then known, not estimated. */
    boolean tradesFed;
    /** Orders that reached the venue before any market data for the symbol. */
    final List<WorkingOrder> awaitingMarket = new ArrayList<>();
}

package dev.parallax.backtest;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The markets of one run, one per symbol, created when the symbol's first event arrives. */
final class Markets {

    private final Map<String, SymbolMarket> bySymbol = new TreeMap<>();
    private final double barSpreadBps;
    private final int volatilityWindow;
    private String lastSymbol;
    private SymbolMarket lastMarket;

    Markets(double barSpreadBps, int volatilityWindow) {
        this.barSpreadBps = barSpreadBps;
        this.volatilityWindow = volatilityWindow;
    }

    /** The market of {@code symbol}, created on first use; the last one is kept, as events mostly repeat a symbol. */
    SymbolMarket market(String symbol) {
        if (symbol == lastSymbol || symbol.equals(lastSymbol)) {
            return lastMarket;
        }
        SymbolMarket market = bySymbol.get(symbol);
        if (market == null) {
            market = new SymbolMarket(symbol, barSpreadBps, volatilityWindow);
            bySymbol.put(symbol, market);
        }
        lastSymbol = symbol;
        lastMarket = market;
        return market;
    }

    /** The market of {@code symbol}, or null before the symbol's first event. */
    SymbolMarket find(String symbol) {
        return bySymbol.get(symbol);
    }

    /** The last price of {@code symbol}, NaN before its first event. */
    double mark(String symbol) {
        SymbolMarket market = bySymbol.get(symbol);
        return market == null ? Double.NaN : market.mark();
    }

    /** The symbols with data so far, in alphabetical order. */
    Set<String> symbols() {
        return bySymbol.keySet();
    }
}

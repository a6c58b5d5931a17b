package dev.parallax.backtest;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Cash, positions and P&L of one run. A buy pays {@code price * size + fee}; a sell receives
 * {@code price * size - fee}; short positions are negative quantities, so shorting adds cash and
 * equity still equals cash plus marked positions. Running totals use compensated summation, so fees
 * and P&L reconcile to the cent over millions of fills.
 */
final class Portfolio implements AccountView {

    private final double initialCash;
    private final CompensatedSum cash = new CompensatedSum();
    private final CompensatedSum fees = new CompensatedSum();
    private final CompensatedSum realized = new CompensatedSum();
    private final TreeMap<String, Position> positions = new TreeMap<>();
    /** The values of {@link #positions} in the same (symbol) order, for sums that need no iterator. */
    private final List<Position> inSymbolOrder = new ArrayList<>();
    private final List<TradeRecord> trades = new ArrayList<>();
    private final Consumer<TradeRecord> tradeClosed = trades::add;

    Portfolio(double initialCash) {
        this.initialCash = initialCash;
        this.cash.add(initialCash);
    }

    void apply(Fill fill, Regime regime) {
        apply(fill.symbol(), fill.side(), fill.price(), fill.size(), fill.fee(), fill.timeNanos(), regime);
    }

    /** Applies a fill given by its fields: the same accounting, without a {@link Fill} object. */
    void apply(String symbol, Side side, double price, double size, double fee, long time, Regime regime) {
        Position p = positionOf(symbol);
        cash.add(-side.sign() * price * size);
        cash.add(-fee);
        fees.add(fee);
        realized.add(p.apply(side, price, size, fee, time, regime, tradeClosed));
        if (Double.isNaN(p.lastPrice)) {
            p.lastPrice = price;
        }
    }

    void mark(String symbol, double price) {
        positionOf(symbol).lastPrice = price;
    }

    /** The position in {@code symbol}, created flat on first use. */
    private Position positionOf(String symbol) {
        Position p = positions.get(symbol);
        if (p == null) {
            p = new Position(symbol);
            positions.put(symbol, p);
            inSymbolOrder.add(positions.headMap(symbol).size(), p);
        }
        return p;
    }

    double lastPrice(String symbol) {
        Position p = positions.get(symbol);
        return p == null ? Double.NaN : p.lastPrice;
    }

    List<TradeRecord> trades() {
        return Collections.unmodifiableList(trades);
    }

    Map<String, Double> openPositions() {
        Map<String, Double> open = new TreeMap<>();
        positions.forEach((s, p) -> {
            if (p.quantity != 0) {
                open.put(s, p.quantity);
            }
        });
        return open;
    }

    double initialCash() {
        return initialCash;
    }

    @Override
    public double cash() {
        return cash.sum();
    }

    @Override
    public double equity() {
        return cash() + marketValue();
    }

    @Override
    public double marketValue() {
        double value = 0;
        for (int i = 0; i < inSymbolOrder.size(); i++) {
            value += inSymbolOrder.get(i).marketValue();
        }
        return value;
    }

    /** Sum over symbols of the absolute position times its last price. */
    double grossExposure() {
        double value = 0;
        for (int i = 0; i < inSymbolOrder.size(); i++) {
            Position p = inSymbolOrder.get(i);
            if (p.quantity != 0) {
                value += Math.abs(p.quantity) * p.lastPrice;
            }
        }
        return value;
    }

    /** How many symbols have had a position. */
    int symbolCount() {
        return inSymbolOrder.size();
    }

    /** The {@code i}-th symbol that has had a position, in symbol order. */
    String symbolAt(int i) {
        return inSymbolOrder.get(i).symbol;
    }

    /** True if {@code symbol} has had a position (it may be flat now). */
    boolean hasHeld(String symbol) {
        return positions.containsKey(symbol);
    }

    /** Symbols with an open position, in symbol order. */
    List<String> openSymbols() {
        List<String> open = new ArrayList<>();
        for (Position p : inSymbolOrder) {
            if (p.quantity != 0) {
                open.add(p.symbol);
            }
        }
        return open;
    }

    @Override
    public double realizedPnl() {
        return realized.sum();
    }

    @Override
    public double unrealizedPnl() {
        double value = 0;
        for (int i = 0; i < inSymbolOrder.size(); i++) {
            value += inSymbolOrder.get(i).unrealized();
        }
        return value;
    }

    @Override
    public double fees() {
        return fees.sum();
    }

    @Override
    public double position(String symbol) {
        Position p = positions.get(symbol);
        return p == null ? 0.0 : p.quantity;
    }

    @Override
    public double averageEntryPrice(String symbol) {
        Position p = positions.get(symbol);
        return p == null || p.quantity == 0 ? Double.NaN : p.averagePrice;
    }
}

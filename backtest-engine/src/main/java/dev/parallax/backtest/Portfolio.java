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
    private final Map<String, Position> positions = new TreeMap<>();
    private final List<TradeRecord> trades = new ArrayList<>();

    Portfolio(double initialCash) {
        this.initialCash = initialCash;
        this.cash.add(initialCash);
    }

    void apply(Fill fill, Regime regime) {
        apply(fill.symbol(), fill.side(), fill.price(), fill.size(), fill.fee(), fill.timeNanos(), regime);
    }

    /** Applies a fill given by its fields: the same accounting, without a {@link Fill} object. */
    void apply(String symbol, Side side, double price, double size, double fee, long time, Regime regime) {
        Position p = positions.computeIfAbsent(symbol, Position::new);
        cash.add(-side.sign() * price * size);
        cash.add(-fee);
        fees.add(fee);
        realized.add(p.apply(side, price, size, fee, time, regime, trades::add));
        if (Double.isNaN(p.lastPrice)) {
            p.lastPrice = price;
        }
    }

    void mark(String symbol, double price) {
        positions.computeIfAbsent(symbol, Position::new).lastPrice = price;
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
        for (Position p : positions.values()) {
            value += p.marketValue();
        }
        return value;
    }

    @Override
    public double realizedPnl() {
        return realized.sum();
    }

    @Override
    public double unrealizedPnl() {
        double value = 0;
        for (Position p : positions.values()) {
            value += p.unrealized();
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

package dev.parallax.backtest;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.ledger.ClosedPosition;
import dev.parallax.ledger.Ledger;
import dev.parallax.ledger.LedgerListener;
import dev.parallax.ledger.PositionMode;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cash, positions and P&L of one run, kept by the shared {@link Ledger} in the run's
 * {@link PositionMode}, plus what only the backtest records: each closed trade with the market regime
 * it was opened in. A buy pays {@code price * size + fee}; a sell receives {@code price * size - fee};
 * short positions are negative quantities, so shorting adds cash and equity still equals cash plus
 * marked positions. Running totals use compensated summation (see {@link Ledger}).
 */
final class Portfolio implements AccountView {

    private final Ledger ledger;
    private final List<TradeRecord> trades = new ArrayList<>();
    /** Regime at entry of each open position, by trade id. */
    private final Map<String, Regime> entryRegimes = new HashMap<>();
    /** The regime of the fill being booked, for a position it opens. */
    private Regime regimeNow = Regime.UNKNOWN;
    /** Names the fills booked from their fields, which have no order id of their own. */
    private long unnamedFills;

    /** A netting portfolio: one position per symbol at average cost. */
    Portfolio(double initialCash) {
        this(PositionMode.NETTING, initialCash);
    }

    Portfolio(PositionMode mode, double initialCash) {
        this.ledger = new Ledger(mode, initialCash, new LedgerListener() {
            @Override
            public void opened(String tradeId, Fill fill) {
                entryRegimes.put(tradeId, regimeNow);
            }

            @Override
            public void closed(ClosedPosition p) {
                Regime regime = entryRegimes.remove(p.tradeId());
                trades.add(new TradeRecord(p.symbol(), p.side(), p.entryTimeNanos(), p.exitTimeNanos(),
                        p.entryPrice(), p.exitPrice(), p.size(), p.grossPnl(), p.fees(), p.netPnl(),
                        regime == null ? Regime.UNKNOWN : regime));
            }
        });
    }

    /** Books {@code fill}; a position it opens is recorded as opened in {@code regime}. */
    void apply(Fill fill, Regime regime) {
        regimeNow = regime;
        ledger.apply(fill);
    }

    /**
     * Books a fill given by its fields, named {@code fill-1}, {@code fill-2}, ... in the order they
     * come; for callers (the columnar backtest) that keep no {@link Fill}.
     */
    void apply(String symbol, Side side, double price, double size, double fee, long time, Regime regime) {
        apply(new Fill("fill-" + ++unnamedFills, symbol, side, price, size, fee, FillType.TAKER, 0, 0, time, false),
                regime);
    }

    void mark(String symbol, double price) {
        ledger.mark(symbol, price);
    }

    double lastPrice(String symbol) {
        return ledger.lastPrice(symbol);
    }

    List<TradeRecord> trades() {
        return Collections.unmodifiableList(trades);
    }

    Map<String, Double> openPositions() {
        return ledger.openPositions();
    }

    double initialCash() {
        return ledger.initialCash();
    }

    @Override
    public double cash() {
        return ledger.cash();
    }

    @Override
    public double equity() {
        return ledger.equity();
    }

    @Override
    public double marketValue() {
        return ledger.marketValue();
    }

    /** Sum over symbols of the absolute position times its last price. */
    double grossExposure() {
        return ledger.grossExposure();
    }

    /** How many symbols have had a position or a mark. */
    int symbolCount() {
        return ledger.symbolCount();
    }

    /** The {@code i}-th symbol that has had a position or a mark, in symbol order. */
    String symbolAt(int i) {
        return ledger.symbolAt(i);
    }

    /** True if {@code symbol} has had a position or a mark (it may be flat now). */
    boolean hasHeld(String symbol) {
        return ledger.hasHeld(symbol);
    }

    /** Symbols with an open position, in symbol order. */
    List<String> openSymbols() {
        return ledger.openSymbols();
    }

    @Override
    public double realizedPnl() {
        return ledger.realizedPnl();
    }

    @Override
    public double unrealizedPnl() {
        return ledger.unrealizedPnl();
    }

    @Override
    public double fees() {
        return ledger.fees();
    }

    @Override
    public double position(String symbol) {
        return ledger.position(symbol);
    }

    @Override
    public double averageEntryPrice(String symbol) {
        return ledger.averageEntryPrice(symbol);
    }
}

package dev.parallax.backtest;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.util.function.Consumer;

/**
 * One symbol's position on an average-cost basis, and the round trip it is part of. Mutable;
 * owned by {@link Portfolio}.
 */
final class Position {

    private static final double FLAT = 1e-12;

    final String symbol;
    double quantity;
    double averagePrice = Double.NaN;
    double lastPrice = Double.NaN;

    // the round trip in progress
    private long entryTime;
    private Side direction;
    private double enteredQuantity;
    private double enteredNotional;
    private double exitedQuantity;
    private double exitedNotional;
    private double tradeGross;
    private double tradeFees;
    private Regime entryRegime = Regime.UNKNOWN;

    Position(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Applies a fill and returns the realized price P&L it produced. A trade that the fill closes is
     * handed to {@code closed}.
     */
    double apply(Fill fill, Regime regime, Consumer<TradeRecord> closed) {
        return apply(fill.side(), fill.price(), fill.size(), fill.fee(), fill.timeNanos(), regime, closed);
    }

    /** {@link #apply(Fill, Regime, Consumer)} from the fill's fields, for callers without a Fill object. */
    double apply(Side side, double price, double size, double fee, long time, Regime regime,
                 Consumer<TradeRecord> closed) {
        int sign = side.sign();
        if (quantity == 0 || Math.signum(quantity) == sign) {
            open(side, price, time, regime, size, fee, quantity == 0);
            averagePrice = quantity == 0 ? price
                    : (averagePrice * Math.abs(quantity) + price * size) / (Math.abs(quantity) + size);
            quantity += sign * size;
            return 0.0;
        }
        double closing = Math.min(size, Math.abs(quantity));
        double realized = (price - averagePrice) * closing * Math.signum(quantity);
        double closingFee = fee * closing / size;
        exitedQuantity += closing;
        exitedNotional += closing * price;
        tradeGross += realized;
        tradeFees += closingFee;
        quantity += sign * size;
        if (Math.abs(quantity) <= FLAT * Math.max(1.0, size)) {
            quantity = 0;
        }
        if (quantity == 0 || Math.signum(quantity) == sign) {
            closed.accept(close(time));
            averagePrice = Double.NaN;
            if (quantity != 0) {
                double opening = size - closing;
                open(side, price, time, regime, opening, fee - closingFee, true);
                averagePrice = price;
            }
        }
        return realized;
    }

    /** Adds to the round trip; {@code fresh} starts a new one. */
    private void open(Side side, double price, long time, Regime regime, double size, double fee, boolean fresh) {
        if (fresh) {
            entryTime = time;
            direction = side;
            entryRegime = regime;
            enteredQuantity = 0;
            enteredNotional = 0;
            exitedQuantity = 0;
            exitedNotional = 0;
            tradeGross = 0;
            tradeFees = 0;
        }
        enteredQuantity += size;
        enteredNotional += size * price;
        tradeFees += fee;
    }

    /**
     * The finished round trip. Fills are applied in the order they are notified, and notification
     * latencies differ, so the fill that closes a trip can have happened at the venue before the one
     * that opened it; its exit time is then the entry time, never earlier.
     */
    private TradeRecord close(long exitTime) {
        return new TradeRecord(symbol, direction, entryTime, Math.max(exitTime, entryTime), enteredNotional / enteredQuantity,
                exitedNotional / exitedQuantity, enteredQuantity, tradeGross, tradeFees, tradeGross - tradeFees,
                entryRegime);
    }

    double marketValue() {
        return quantity == 0 ? 0.0 : quantity * lastPrice;
    }

    double unrealized() {
        return quantity == 0 ? 0.0 : (lastPrice - averagePrice) * quantity;
    }
}

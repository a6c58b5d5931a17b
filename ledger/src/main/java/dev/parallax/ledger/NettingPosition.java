package dev.parallax.ledger;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;

/**
 * One symbol's position at average cost and the round trip it is part of ({@link PositionMode#NETTING}).
 * Mutable; owned by a {@link Ledger}. The round trip's sums are plain sums: they reach at most a few
 * fills and are what the backtest always wrote.
 */
final class NettingPosition {

    /** A remainder at most this share of the fill's size (and at least of size 1) counts as flat. */
    private static final double FLAT = 1e-12;

    private final String symbol;
    private double quantity;
    private double averagePrice = Double.NaN;

    // the round trip in progress
    private String tradeId;
    private long entryTime;
    private Side direction;
    private double enteredQuantity;
    private double enteredNotional;
    private double exitedQuantity;
    private double exitedNotional;
    private double tradeGross;
    private double tradeFees;

    NettingPosition(String symbol) {
        this.symbol = symbol;
    }

    /** The open position {@code state} describes. */
    NettingPosition(NettingState state) {
        this.symbol = state.symbol();
        this.quantity = state.quantity();
        this.averagePrice = state.averagePrice();
        this.tradeId = state.tradeId();
        this.direction = state.side();
        this.entryTime = state.entryTimeNanos();
        this.enteredQuantity = state.enteredQuantity();
        this.enteredNotional = state.enteredNotional();
        this.exitedQuantity = state.exitedQuantity();
        this.exitedNotional = state.exitedNotional();
        this.tradeGross = state.grossPnl();
        this.tradeFees = state.fees();
    }

    /** The open position and its round trip; only while {@link #quantity()} is not 0. */
    NettingState state() {
        return new NettingState(symbol, quantity, averagePrice, tradeId, direction, entryTime, enteredQuantity,
                enteredNotional, exitedQuantity, exitedNotional, tradeGross, tradeFees);
    }

    /** Books {@code fill} and returns the price P&amp;L it realized. */
    double apply(Fill fill, LedgerListener listener) {
        Side side = fill.side();
        double price = fill.price();
        double size = fill.size();
        double fee = fill.fee();
        int sign = side.sign();
        if (quantity == 0 || Math.signum(quantity) == sign) {
            boolean fresh = quantity == 0;
            open(fill, size, fee, fresh, listener);
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
            listener.closed(close(fill.timeNanos()));
            averagePrice = Double.NaN;
            if (quantity != 0) {
                open(fill, size - closing, fee - closingFee, true, listener);
                averagePrice = price;
            }
        }
        return realized;
    }

    /** Adds {@code size} of {@code fill} to the round trip; {@code fresh} starts a new one. */
    private void open(Fill fill, double size, double fee, boolean fresh, LedgerListener listener) {
        if (fresh) {
            tradeId = fill.orderId();
            entryTime = fill.timeNanos();
            direction = fill.side();
            enteredQuantity = 0;
            enteredNotional = 0;
            exitedQuantity = 0;
            exitedNotional = 0;
            tradeGross = 0;
            tradeFees = 0;
            listener.opened(tradeId, fill);
        }
        enteredQuantity += size;
        enteredNotional += size * fill.price();
        tradeFees += fee;
    }

    private ClosedPosition close(long exitTime) {
        return new ClosedPosition(tradeId, symbol, direction, entryTime, Math.max(exitTime, entryTime),
                enteredNotional / enteredQuantity, exitedNotional / exitedQuantity, enteredQuantity, exitedQuantity,
                tradeGross, tradeFees, tradeGross - tradeFees);
    }

    String symbol() {
        return symbol;
    }

    /** Signed quantity; 0 when flat. */
    double quantity() {
        return quantity;
    }

    /** Average entry price of the open position; NaN when flat. */
    double averagePrice() {
        return quantity == 0 ? Double.NaN : averagePrice;
    }

    double marketValue(double lastPrice) {
        return quantity == 0 ? 0.0 : quantity * lastPrice;
    }

    double unrealized(double lastPrice) {
        return quantity == 0 ? 0.0 : (lastPrice - averagePrice) * quantity;
    }
}

package dev.parallax.ledger;

import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;

/**
 * One lot of {@link PositionMode#PER_TRADE}: what is still open and what its exits and fees came to.
 * Mutable; owned by a {@link Ledger}.
 */
final class Lot {

    private final String tradeId;
    private final String symbol;
    private final Side side;
    private final long entryTime;
    private final double firstPrice;
    /** Cost basis of the open size: the entry price, or the size-weighted mean after additions. */
    private double basis;
    private double enteredSize;
    private double enteredNotional;
    private boolean added;
    private double openSize;
    private final CompensatedSum gross = new CompensatedSum();
    private final CompensatedSum fees = new CompensatedSum();
    private final CompensatedSum exitNotional = new CompensatedSum();
    private final CompensatedSum exitedSize = new CompensatedSum();
    private long lastExitTime = Long.MIN_VALUE;

    Lot(String tradeId, Fill entry, double size, double fee) {
        this.tradeId = tradeId;
        this.symbol = entry.symbol();
        this.side = entry.side();
        this.entryTime = entry.timeNanos();
        this.firstPrice = entry.price();
        this.basis = entry.price();
        this.enteredSize = size;
        this.enteredNotional = size * entry.price();
        this.openSize = size;
        this.fees.add(fee);
    }

    /** Adds {@code size} at {@code price} to the open size; the basis becomes the size-weighted mean. */
    void add(double price, double size, double fee) {
        basis = (basis * openSize + price * size) / (openSize + size);
        openSize += size;
        enteredSize += size;
        enteredNotional += price * size;
        added = true;
        fees.add(fee);
    }

    /** True when {@code size} is more than what is open, beyond {@link Ledger#SIZE_TOLERANCE}. */
    boolean exceedsOpen(double size) {
        return size > openSize + Ledger.SIZE_TOLERANCE * enteredSize;
    }

    /** Books an exit of {@code size} checked against {@link #exceedsOpen}; returns its price P&amp;L. */
    double exit(double price, double size, double fee, long time) {
        double pnl = (price - basis) * size * side.sign();
        gross.add(pnl);
        fees.add(fee);
        exitNotional.add(price * size);
        exitedSize.add(size);
        double rest = openSize - size;
        openSize = rest <= Ledger.SIZE_TOLERANCE * enteredSize ? 0 : rest;
        lastExitTime = time;
        return pnl;
    }

    String tradeId() {
        return tradeId;
    }

    String symbol() {
        return symbol;
    }

    Side side() {
        return side;
    }

    long entryTime() {
        return entryTime;
    }

    double basis() {
        return basis;
    }

    double openSize() {
        return openSize;
    }

    boolean isClosed() {
        return openSize == 0;
    }

    /** Price P&amp;L of the open size at {@code lastPrice}, before fees. */
    double unrealized(double lastPrice) {
        return (lastPrice - basis) * openSize * side.sign();
    }

    /** The lot as it stands, open or closed. */
    LotState state() {
        double exited = exitedSize.sum();
        return new LotState(tradeId, symbol, side, entryTime, entryPrice(), enteredSize, openSize, basis, exited,
                exited > 0 ? exitNotional.sum() / exited : Double.NaN, lastExitTime, gross.sum(), fees.sum());
    }

    ClosedPosition closed() {
        double exited = exitedSize.sum();
        double grossPnl = gross.sum();
        double feeSum = fees.sum();
        return new ClosedPosition(tradeId, symbol, side, entryTime, Math.max(lastExitTime, entryTime), entryPrice(),
                exitNotional.sum() / exited, enteredSize, grossPnl, feeSum, grossPnl - feeSum);
    }

    private double entryPrice() {
        return added ? enteredNotional / enteredSize : firstPrice;
    }
}

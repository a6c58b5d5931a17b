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
    private double entryPrice;
    private double enteredSize;
    private double enteredNotional;
    /** Cost basis of the open size: the entry price, or the size-weighted mean after additions. */
    private double basis;
    private double openSize;
    private final CompensatedSum gross;
    private final CompensatedSum fees;
    private final CompensatedSum exitNotional;
    private final CompensatedSum exitedSize;
    private long lastExitTime;

    /** A lot opened by {@code size} of {@code entry}, paying {@code fee}. */
    Lot(String tradeId, Fill entry, double size, double fee) {
        this.tradeId = tradeId;
        this.symbol = entry.symbol();
        this.side = entry.side();
        this.entryTime = entry.timeNanos();
        this.entryPrice = entry.price();
        this.enteredSize = size;
        this.enteredNotional = size * entry.price();
        this.basis = entry.price();
        this.openSize = size;
        this.gross = new CompensatedSum();
        this.fees = new CompensatedSum();
        this.exitNotional = new CompensatedSum();
        this.exitedSize = new CompensatedSum();
        this.fees.add(fee);
    }

    /** The lot {@code state} describes. */
    Lot(LotState state) {
        this.tradeId = state.tradeId();
        this.symbol = state.symbol();
        this.side = state.side();
        this.entryTime = state.entryTimeNanos();
        this.entryPrice = state.entryPrice();
        this.enteredSize = state.enteredSize();
        this.enteredNotional = state.enteredNotional();
        this.basis = state.costBasis();
        this.openSize = state.openSize();
        this.gross = state.grossSum().resume();
        this.fees = state.feeSum().resume();
        this.exitNotional = state.exitNotionalSum().resume();
        this.exitedSize = state.exitedSizeSum().resume();
        this.lastExitTime = state.lastExitNanos();
    }

    /** Adds {@code size} at {@code price} to the open size; the basis becomes the size-weighted mean. */
    void add(double price, double size, double fee) {
        basis = (basis * openSize + price * size) / (openSize + size);
        openSize += size;
        enteredSize += size;
        enteredNotional += price * size;
        entryPrice = enteredNotional / enteredSize;
        fees.add(fee);
    }

    /** The rule of {@link LotState#exceedsOpen}: beyond the open size by more than the tolerance. */
    static boolean exceedsOpen(double size, double openSize, double enteredSize) {
        return size > openSize + Ledger.SIZE_TOLERANCE * enteredSize;
    }

    boolean exceedsOpen(double size) {
        return exceedsOpen(size, openSize, enteredSize);
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

    /** Price P&amp;L of {@code openSize} bought ({@code side} BUY) or sold at {@code basis}, at {@code lastPrice}. */
    static double unrealized(double lastPrice, double basis, double openSize, Side side) {
        return (lastPrice - basis) * openSize * side.sign();
    }

    double unrealized(double lastPrice) {
        return unrealized(lastPrice, basis, openSize, side);
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

    /** The lot as it stands, with the whole state of its sums. */
    LotState state() {
        return new LotState(tradeId, symbol, side, entryTime, entryPrice, enteredSize, enteredNotional, basis,
                openSize, lastExitTime, SumState.of(gross), SumState.of(fees), SumState.of(exitNotional),
                SumState.of(exitedSize));
    }

    /** The lot as a closed position; only once it is closed. */
    ClosedPosition closed() {
        double exited = exitedSize.sum();
        double grossPnl = gross.sum();
        double feeSum = fees.sum();
        return new ClosedPosition(tradeId, symbol, side, entryTime, Math.max(lastExitTime, entryTime), entryPrice,
                exitNotional.sum() / exited, enteredSize, exited, grossPnl, feeSum, grossPnl - feeSum);
    }
}

package dev.parallax.live;

import dev.parallax.sim.api.CompensatedSum;
import java.time.Instant;
import java.util.Optional;

/** The running account of one trade: what is still open and what its exits and fees came to. */
final class TradeBook {

    /** Relative size below which an exit counts as closing the rest of a trade, so rounding leaves no dust. */
    static final double SIZE_TOLERANCE = 1e-9;

    private final LiveEntry entry;
    private final CompensatedSum gross;
    private final CompensatedSum fees;
    private final CompensatedSum exitNotional;
    private final CompensatedSum exitedSize;
    private double openSize;
    private Instant lastExitTime;

    TradeBook(LiveEntry entry) {
        this(entry, new CompensatedSum(), new CompensatedSum(), new CompensatedSum(), new CompensatedSum(),
                entry.size(), null);
        this.fees.add(entry.fee());
    }

    private TradeBook(LiveEntry entry, CompensatedSum gross, CompensatedSum fees, CompensatedSum exitNotional,
                      CompensatedSum exitedSize, double openSize, Instant lastExitTime) {
        this.entry = entry;
        this.gross = gross;
        this.fees = fees;
        this.exitNotional = exitNotional;
        this.exitedSize = exitedSize;
        this.openSize = openSize;
        this.lastExitTime = lastExitTime;
    }

    /** Writes the whole book, sums with their correction terms, for a snapshot. */
    void writeTo(SnapshotWriter out) {
        out.writeEntry(entry);
        out.writeSum(gross);
        out.writeSum(fees);
        out.writeSum(exitNotional);
        out.writeSum(exitedSize);
        out.writeDouble(openSize);
        out.writeOptionalTime(lastExitTime);
    }

    /** A book written by {@link #writeTo}; refuses an open size outside {@code [0, entry size]}. */
    static TradeBook readFrom(SnapshotReader in) {
        LiveEntry entry = in.readEntry();
        TradeBook book = new TradeBook(entry, in.readSum(), in.readSum(), in.readSum(), in.readSum(), in.readDouble(),
                in.readOptionalTime());
        if (!(book.openSize >= 0 && book.openSize <= entry.size())) {
            throw new IllegalArgumentException("openSize of trade '" + entry.tradeId() + "' must be in [0, "
                    + entry.size() + "], was " + book.openSize);
        }
        return book;
    }

    LiveEntry entry() {
        return entry;
    }

    double openSize() {
        return openSize;
    }

    boolean isClosed() {
        return openSize == 0;
    }

    /** True when {@code size} is more than what is open, beyond rounding. */
    boolean exceedsOpen(double size) {
        return size > openSize + SIZE_TOLERANCE * entry.size();
    }

    /** Books an exit already checked against {@link #exceedsOpen}; returns its gross P&L. */
    double exit(LiveExit exit) {
        double pnl = (exit.price() - entry.price()) * exit.size() * entry.side().sign();
        gross.add(pnl);
        fees.add(exit.fee());
        exitNotional.add(exit.price() * exit.size());
        exitedSize.add(exit.size());
        double rest = openSize - exit.size();
        openSize = rest <= SIZE_TOLERANCE * entry.size() ? 0 : rest;
        lastExitTime = exit.time();
        return pnl;
    }

    /** Gross P&L of the exits minus every fee of the trade. */
    double realizedPnl() {
        return gross.sum() - fees.sum();
    }

    /** Unrealised P&L of the open size at {@code lastPrice}, before fees. */
    double unrealizedPnl(double lastPrice) {
        return (lastPrice - entry.price()) * openSize * entry.side().sign();
    }

    TradeRecord record() {
        double exited = exitedSize.sum();
        double averageExit = exited > 0 ? exitNotional.sum() / exited : Double.NaN;
        return new TradeRecord(entry.tradeId(), entry.symbol(), entry.side(), entry.size(), entry.price(),
                entry.time(), exited, openSize, averageExit, Optional.ofNullable(lastExitTime), fees.sum(),
                realizedPnl(), isClosed());
    }
}

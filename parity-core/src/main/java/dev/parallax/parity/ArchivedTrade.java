package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Fill;

/**
 * A completed trade in the form a {@link TradeArchive} stores: its id and opaque bytes (a format
 * number, then the trade's backtest and live fills). Format 1, the executions before fills, is
 * still read. The bytes are parity-core's business; an
 * archive keeps them as they are and hands them back by id.
 *
 * @param tradeId the trade id, not blank
 * @param data    the encoded trade, not empty; not copied, so do not change it
 */
public record ArchivedTrade(String tradeId, byte[] data) {

    /** The format of {@link #data()} this build writes. */
    static final int FORMAT = 2;
    /** The format of the executions before fills, still read. */
    static final int FORMAT_BEFORE_FILLS = 1;

    /** Checks the id and that there are bytes. */
    public ArchivedTrade {
        notBlank("tradeId", tradeId);
        notNull("data", data);
        if (data.length == 0) {
            throw new IllegalArgumentException("data of archived trade '" + tradeId + "' must not be empty");
        }
    }

    /** The archived form of {@code trade}. */
    static ArchivedTrade of(TradeComparison trade) {
        StateOutput out = new StateOutput();
        out.writeInt(FORMAT);
        out.writeFill(trade.backtest());
        out.writeFill(trade.live());
        return new ArchivedTrade(trade.tradeId(), out.toByteArray());
    }

    /**
     * The trade {@code data} holds, which must be trade {@code tradeId}; its comparison is computed
     * again from the two executions, which gives the figures it had when it completed.
     *
     * @throws IllegalArgumentException if the bytes are of another format, corrupt, or another trade's
     */
    static TradeComparison decode(String tradeId, byte[] data) {
        StateInput in = new StateInput(data, 0, data.length, "archived trade '" + tradeId + "'");
        int format = in.readInt();
        if (format != FORMAT && format != FORMAT_BEFORE_FILLS) {
            throw new IllegalArgumentException("archived trade '" + tradeId + "' has format " + format
                    + "; this build reads formats " + FORMAT_BEFORE_FILLS + " and " + FORMAT);
        }
        Fill backtest;
        Fill live;
        if (format == FORMAT) {
            backtest = in.readFill();
            live = in.readFill();
        } else {
            backtest = in.readOldBacktest();
            live = in.readOldLive(backtest);
        }
        if (in.remaining() != 0) {
            throw new IllegalArgumentException("archived trade '" + tradeId + "' has " + in.remaining()
                    + " bytes after its last field");
        }
        if (!backtest.orderId().equals(tradeId)) {
            throw new IllegalArgumentException("the archive's bytes for trade '" + tradeId + "' hold trade '"
                    + backtest.orderId() + "'");
        }
        return TradeComparison.of(backtest, live);
    }
}

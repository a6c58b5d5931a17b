package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.util.List;

/**
 * What a {@link ParityTracker} that uses a {@link TradeArchive} saves at a checkpoint: its state,
 * which counts the archive's trades and {@link #trades()} as archived, and the trades completed since
 * the last checkpoint that was {@linkplain ParityTracker#archived saved}. Write both in one
 * transaction, then call {@link ParityTracker#archived}; if the write fails, do not, and the next
 * checkpoint carries these trades again.
 *
 * @param state  the tracker's state, for {@link ParityTracker#restoreState(byte[], TradeArchive)}; not copied
 * @param trades the completed trades to add to the archive with the state, in the order they completed
 */
public record ParityCheckpoint(byte[] state, List<ArchivedTrade> trades) {

    /** Checks for nulls and copies the list. */
    public ParityCheckpoint {
        notNull("state", state);
        trades = List.copyOf(notNull("trades", trades));
    }
}

package dev.parallax.parity;

import java.util.Optional;

/**
 * Where a {@link ParityTracker} keeps its completed trades once they are saved, so that its memory
 * holds only the trades that are still one-sided and those completed since the last save. The live
 * tracker's store is one: it writes a {@link ParityCheckpoint}'s trades and state in one transaction
 * and reads a trade back by id. A tracker uses one only after {@link ParityTracker#useArchive} or
 * {@link ParityTracker#restoreState(byte[], TradeArchive)}.
 *
 * <p>The tracker calls these methods under its own lock, from whichever thread records an execution,
 * so an implementation must be safe to call from any thread and must not wait for a lock that a
 * thread recording into the parity tracker may hold.
 */
public interface TradeArchive {

    /**
     * The archived form ({@link ArchivedTrade#data()}) of the completed trade {@code tradeId}, or
     * empty when this archive does not hold it.
     */
    Optional<byte[]> find(String tradeId);

    /** The number of trades this archive holds. */
    long count();
}

package dev.parallax.parity;

import java.util.Optional;

/**
 * Where a {@link ParityTracker} keeps its completed trades once they are saved, so that its memory
 * holds only the trades that are still one-sided and those completed since the last save. The live
 * tracker's store is one: it writes a {@link ParityCheckpoint}'s trades and state in one transaction
 * and reads a trade back by id. A tracker uses one only after {@link ParityTracker#useArchive} or
 * {@link ParityTracker#restoreState(byte[], TradeArchive)}.
 *
 * <p>Writing: take one checkpoint at a time (write it, then call {@link ParityTracker#archived}, before
 * the next {@link ParityTracker#checkpoint()}). A checkpoint whose write was reported as failed is
 * carried again by the next one, and the write may in fact have succeeded, so an archive must add a
 * trade only if its id is absent (the bytes of one id are always the same) and {@link #count()}
 * counts distinct ids.
 *
 * <p>Reading: the tracker calls these methods under its own lock, from whichever thread records an
 * execution (recording one without its twin yet looks its id up here), so an implementation must be
 * safe to call from any thread and must not wait for a lock that a thread recording into the parity
 * tracker may hold: a store that serialises its own writes under a lock should read through a
 * connection of its own. What these methods throw (an unreadable store, say) reaches the caller of
 * the tracker's method, which then records nothing.
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

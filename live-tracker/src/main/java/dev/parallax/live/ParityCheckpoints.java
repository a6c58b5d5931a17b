package dev.parallax.live;

import dev.parallax.parity.ParityCheckpoint;
import dev.parallax.parity.ParityTracker;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the live snapshot saves of an attached parity tracker, and how it is restored. When the store
 * keeps parity trades ({@link LiveEventStore#keepsParityTrades()}) the parity tracker sends its
 * completed trades to the store's archive of one generation ({@link ParityTracker#useArchive}): each
 * snapshot carries a {@link ParityCheckpoint}'s state and the store writes its trades in the same
 * transaction; only once that is committed are they dropped from the parity tracker's memory
 * ({@link ParityTracker#archived}). Otherwise the snapshot carries the tracker's whole state
 * ({@link ParityTracker#saveState()}), generation 0. Not thread-safe: the live tracker's lock guards it.
 */
final class ParityCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(ParityCheckpoints.class);

    private final ParityTracker tracker;
    /** The archive generation the parity tracker's completed trades go to; 0 while they stay in memory. */
    private long generation;
    /** True after the tracker started a new archive generation, until a snapshot is asked for. */
    private boolean movedToArchive;
    /** True once a snapshot was saved without parity state, which is warned about once. */
    private boolean warnedNoState;
    /**
     * The checkpoint written in the open commit group, archived once the group commits. One checkpoint
     * is taken at a time, so later snapshots of the group carry its state again, without trades: the
     * group offers its fills to the parity tracker only after the commit, so they cover the same events.
     */
    private Optional<ParityCheckpoint> groupCheckpoint = Optional.empty();

    /**
     * What a snapshot carries of the parity tracker: its part of the snapshot, and the trades to write
     * with it when the completed trades go to the store.
     */
    record Saved(StateSnapshots.ParityPart part, Optional<ParityTrades> trades, Optional<ParityCheckpoint> checkpoint) {
    }

    ParityCheckpoints(ParityTracker tracker) {
        this.tracker = tracker;
    }

    /** True when the completed trades go to the store's archive. */
    boolean archiving() {
        return generation > 0;
    }

    /**
     * What a snapshot covering {@code covers} offered events carries of the parity tracker; empty
     * when its state cannot be saved (a warning says why). With an archive, a
     * {@link ParityTracker#checkpoint()} and its trades; inside a commit group ({@code grouped}) that
     * already wrote one, the state of that one and no trades.
     */
    Optional<Saved> checkpoint(long covers, boolean grouped) {
        if (!archiving()) {
            try {
                return Optional.of(new Saved(new StateSnapshots.ParityPart(covers, 0, tracker.saveState()),
                        Optional.empty(), Optional.empty()));
            } catch (IllegalStateException e) {
                if (!warnedNoState) {
                    warnedNoState = true;
                    LOG.warn("the snapshots of strategy {} hold no parity state, so the next open offers every stored "
                            + "fill to its parity tracker: {}", tracker.strategy(), e.getMessage());
                }
                return Optional.empty();
            }
        }
        if (grouped && groupCheckpoint.isPresent()) {
            return Optional.of(new Saved(new StateSnapshots.ParityPart(covers, generation,
                    groupCheckpoint.get().state()), Optional.of(new ParityTrades(generation, List.of())),
                    Optional.empty()));
        }
        ParityCheckpoint checkpoint = tracker.checkpoint();
        return Optional.of(new Saved(new StateSnapshots.ParityPart(covers, generation, checkpoint.state()),
                Optional.of(new ParityTrades(generation, checkpoint.trades())), Optional.of(checkpoint)));
    }

    /**
     * Says that {@code saved} was written: outside a commit group it is committed, so its trades leave
     * the parity tracker's memory; inside one they do once the group commits ({@link #groupCommitted}).
     */
    void written(Saved saved, boolean grouped) {
        if (saved.checkpoint().isEmpty()) {
            return;
        }
        if (grouped) {
            groupCheckpoint = saved.checkpoint();
        } else {
            tracker.archived(saved.checkpoint().get());
        }
    }

    /** The open commit group committed: the trades of its checkpoint leave the parity tracker's memory. */
    void groupCommitted() {
        groupCheckpoint.ifPresent(checkpoint -> tracker.archived(checkpoint));
        groupEnded();
    }

    /** The open commit group ended without a commit: its checkpoints' trades stay in memory, for the next one. */
    void groupEnded() {
        groupCheckpoint = Optional.empty();
    }

    /**
     * Restores the parity tracker from a snapshot's {@code part}; false, with a warning naming the
     * reason, when that cannot be done, so that the caller replays every fill. A part whose trades
     * are in the store is restored with the store's archive of its generation. A whole state
     * (generation 0) is restored as it is, or, when the store keeps parity trades and is writable,
     * with the empty archive of a new generation, to which its completed trades go at the next
     * snapshot ({@link #needsSnapshot()} then says so).
     */
    boolean restore(StateSnapshots.ParityPart part, LiveEventStore store) {
        ParityTracker parity = tracker;
        try {
            if (part.archived()) {
                if (!store.keepsParityTrades()) {
                    throw new IllegalArgumentException("its completed trades are in generation " + part.generation()
                            + " of the store's parity trades, which this store does not read");
                }
                parity.restoreState(part.state(), store.parityArchive(part.generation()));
                generation = part.generation();
            } else if (writableArchive(store)) {
                long next = store.highestParityGeneration() + 1;
                parity.restoreState(part.state(), store.parityArchive(next));
                generation = next;
                movedToArchive = true;
            } else {
                parity.restoreState(part.state());
            }
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.warn("ignoring the parity state of strategy {} in {}: {}; offering every stored fill to the parity "
                    + "tracker instead", parity.strategy(), store.location(), e.getMessage());
            return false;
        }
    }

    /**
     * Before every stored fill is offered: when the store keeps parity trades and is writable, the
     * parity tracker's completed trades go to the archive of a new generation (above the highest
     * stored and above {@code inUse}, the generation of the stored snapshot), so the snapshot saved
     * next replaces the old generation in one transaction. Else they stay in memory.
     */
    void startArchive(LiveEventStore store, long inUse) {
        if (!writableArchive(store)) {
            return;
        }
        ParityTracker parity = tracker;
        long next = Math.max(store.highestParityGeneration(), inUse) + 1;
        try {
            parity.useArchive(store.parityArchive(next));
            generation = next;
            movedToArchive = true;
        } catch (IllegalStateException | IllegalArgumentException e) {
            LOG.warn("the parity tracker of strategy {} keeps its completed trades in memory: {}", parity.strategy(),
                    e.getMessage());
        }
    }

    /**
     * True once after the parity tracker started a new archive generation at open: its completed
     * trades are still in memory, and a snapshot saved now moves them to the store.
     */
    boolean needsSnapshot() {
        boolean needed = movedToArchive;
        movedToArchive = false;
        return needed;
    }

    private boolean writableArchive(LiveEventStore store) {
        return !store.readOnly() && store.keepsParityTrades() && !archiving();
    }
}

package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.parity.ArchivedTrade;
import java.util.List;

/**
 * Completed parity trades to store with a snapshot ({@link LiveEventStore#saveSnapshot(StateSnapshot, ParityTrades)}),
 * under the archive generation the snapshot's parity state names. Writing them also deletes the
 * trades of every other generation, in the same transaction.
 *
 * @param generation the archive generation, {@code >= 1}
 * @param trades     the trades completed since the last stored snapshot, possibly none; copied
 */
public record ParityTrades(long generation, List<ArchivedTrade> trades) {

    /** Validates both fields; see the component descriptions for the rules. */
    public ParityTrades {
        if (generation < 1) {
            throw new IllegalArgumentException("generation must be >= 1, was " + generation);
        }
        trades = List.copyOf(notNull("trades", trades));
    }
}

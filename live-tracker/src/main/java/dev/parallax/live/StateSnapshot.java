package dev.parallax.live;

import java.util.Arrays;

/**
 * The tracker's derived state after its first {@code eventCount} events (positions, trades, sums
 * with their correction terms, day tallies, the circuit breaker, the risk events), in a binary,
 * versioned form that carries its own checksum. A store keeps it beside the events; the tracker
 * opens from the newest one and replays only the events after it, and falls back to a full replay
 * when the snapshot does not check out. The bytes are the tracker's business: a store keeps them
 * as they are.
 *
 * @param eventCount how many events the state covers, {@code >= 1}: the events with {@code seq}
 *                   1 to {@code eventCount}
 * @param state      the encoded state, not empty; copied, so the snapshot never changes
 */
public record StateSnapshot(long eventCount, byte[] state) {

    /** Validates both fields; see the component descriptions for the rules. */
    public StateSnapshot {
        if (eventCount < 1) {
            throw new IllegalArgumentException("eventCount must be >= 1, was " + eventCount);
        }
        if (state == null || state.length == 0) {
            throw new IllegalArgumentException("state must not be empty, was "
                    + (state == null ? "null" : "0 bytes"));
        }
        state = state.clone();
    }

    /** A copy of the encoded state. */
    @Override
    public byte[] state() {
        return state.clone();
    }

    /** The size of the encoded state in bytes. */
    public int size() {
        return state.length;
    }

    /** Equal when both cover the same number of events with the same bytes. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StateSnapshot that && eventCount == that.eventCount
                && Arrays.equals(state, that.state);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(eventCount) + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return "StateSnapshot[eventCount=" + eventCount + ", " + state.length + " bytes]";
    }
}

package dev.parallax.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a tracker's events are kept. The tracker writes every event it accepts with
 * {@link #append}, and only counts it once that returns; reopening the store and replaying
 * {@link #load()} gives back exactly the appended events, in order.
 *
 * <p>Implementations must make each {@link #append} atomic and durable: when it returns the events
 * survive a crash of the process; when it throws none of them were written. Used by one tracker
 * at a time, which serialises its calls.
 */
public interface LiveEventStore extends AutoCloseable {

    /** Every event appended so far, in the order they were appended. */
    List<LiveEvent> load();

    /**
     * Writes {@code events} (an event and the risk events it caused) in one transaction.
     *
     * @throws LiveStoreException if they could not be written; then none of them were
     */
    void append(List<LiveEvent> events);

    /**
     * Writes {@code events} like {@link #append(List)}, and in the same transaction records the
     * first event's input id and digest ({@link EventDigest}) and, when the origin has one, the input
     * position. A store that cannot keep them refuses, writing nothing; this default does.
     *
     * @throws LiveStoreException            if they could not be written; then none of them were
     * @throws UnsupportedOperationException if this store does not keep input ids
     */
    default void append(List<LiveEvent> events, EventOrigin origin) {
        throw new UnsupportedOperationException(location() + " does not keep input ids, so events cannot be "
                + "recorded from an input that may be fed again; use a store that does (JdbcLiveEventStore)");
    }

    /**
     * Records, in one transaction and without an event, that {@code entry} from {@code origin} was
     * refused by the circuit breaker: its input id, digest and position, so that feeding the input
     * again skips it instead of trying it again. A store that cannot keep it refuses, writing
     * nothing; this default does.
     *
     * @throws LiveStoreException            if it could not be written; then nothing was
     * @throws UnsupportedOperationException if this store does not keep input ids
     */
    default void appendRefusal(LiveEntry entry, EventOrigin origin) {
        throw new UnsupportedOperationException(location() + " does not keep input ids, so refused entries cannot "
                + "be recorded; use a store that does (JdbcLiveEventStore)");
    }

    /** The input ids of entries recorded as refused by {@link #appendRefusal}; empty for a store without them. */
    default Set<String> refusedInputIds() {
        return Set.of();
    }

    /**
     * The digest of every event appended with an origin (refused entries included), by input id;
     * empty for a store without them.
     */
    default Map<String, Long> inputDigests() {
        return Map.of();
    }

    /**
     * What is recorded under {@code inputId} (appended with an origin, or kept as refused), or empty
     * when nothing is. The tracker asks for each event fed with an origin, so it never holds every
     * input id in memory; inside a commit group the group's own writes count. This default reads
     * them all through {@link #inputDigests()} and {@link #refusedInputIds()}; a store with many
     * should look the one id up.
     */
    default Optional<RecordedInput> recordedInput(String inputId) {
        Long digest = inputDigests().get(inputId);
        return digest == null ? Optional.empty()
                : Optional.of(new RecordedInput(inputId, digest, refusedInputIds().contains(inputId)));
    }

    /** How far {@code source} is recorded, or empty when nothing of it was recorded with a position. */
    default Optional<InputPosition> inputPosition(String source) {
        return Optional.empty();
    }

    /** True if this store only reads: appending and saving info fail, writing nothing. */
    default boolean readOnly() {
        return false;
    }

    /**
     * The events after the first {@code count}, in order (those with {@code seq > count}); what a
     * tracker opened from a snapshot of {@code count} events replays. This default reads them all
     * with {@link #load()} and drops the first {@code count}.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    default List<LiveEvent> loadAfter(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        List<LiveEvent> all = load();
        return all.subList((int) Math.min(count, all.size()), all.size());
    }

    /**
     * The newest snapshot of the tracker's state saved with {@link #appendWithSnapshot}
     * or {@link #saveSnapshot}, or empty when there is none or this store keeps none (this default).
     * The store returns the bytes as saved; the tracker checks them before it uses them.
     */
    default Optional<StateSnapshot> latestSnapshot() {
        return Optional.empty();
    }

    /**
     * Writes {@code events} like {@link #append(List)} (or {@link #append(List, EventOrigin)} when
     * {@code origin} is present) and, in the same transaction, {@code snapshot}, which covers every
     * event up to the last of {@code events} and replaces the older snapshots. A store that keeps no
     * snapshots writes the events only; this default does.
     *
     * @throws LiveStoreException if they could not be written; then nothing was
     */
    default void appendWithSnapshot(List<LiveEvent> events, Optional<EventOrigin> origin, StateSnapshot snapshot) {
        if (origin.isPresent()) {
            append(events, origin.get());
        } else {
            append(events);
        }
    }

    /**
     * Saves {@code snapshot}, which covers every event appended so far, in a transaction of its own,
     * replacing the older snapshots (the tracker does it when it closes). A store that keeps no
     * snapshots ignores it; this default does.
     *
     * @throws LiveStoreException if it could not be written; then nothing was
     */
    default void saveSnapshot(StateSnapshot snapshot) {
    }

    /**
     * Starts a commit group: every write until {@link #commitGroup()} joins one transaction, so
     * many events cost one commit (one fsync) instead of one each. Until then none of them is
     * durable or visible to readers; if any write of the group fails, the whole group is rolled back
     * and the group ends. A store that cannot group refuses, writing nothing; this default does.
     *
     * @throws IllegalStateException         if a group is already open
     * @throws UnsupportedOperationException if this store cannot group writes
     */
    default void beginGroup() {
        throw new UnsupportedOperationException(location() + " cannot group writes into one commit; record one "
                + "event per commit");
    }

    /**
     * Commits the open group: when this returns, every write since {@link #beginGroup()} is durable.
     *
     * @throws LiveStoreException    if the commit failed; then none of the group was written
     * @throws IllegalStateException if no group is open
     */
    default void commitGroup() {
        throw new IllegalStateException(location() + " has no open commit group");
    }

    /** A value the tracker saved under {@code name} (such as the initial balance), or empty. */
    Optional<String> info(String name);

    /** Saves {@code value} under {@code name}, in its own transaction, replacing an earlier value. */
    void putInfo(String name, String value);

    /** Where the events are kept, for messages: a file path or a JDBC URL without credentials. */
    String location();

    /** Releases the connection; later calls fail. */
    @Override
    void close();
}

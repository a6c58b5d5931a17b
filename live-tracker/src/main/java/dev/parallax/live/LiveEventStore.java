package dev.parallax.live;

import dev.parallax.parity.alert.Alert;
import java.time.Instant;
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

    /** How far {@code source} is recorded, or empty when nothing of it was recorded with a position. */
    default Optional<InputPosition> inputPosition(String source) {
        return Optional.empty();
    }

    /**
     * True if this store keeps an alert outbox: {@link #append(List, Optional, List)} writes alerts,
     * {@link #undeliveredAlerts} and {@link #markAlertDelivered} read and update them. A tracker on a
     * store without one still delivers its alerts off the recording path, from memory, so a crash
     * before delivery loses them. This default keeps none.
     */
    default boolean keepsAlerts() {
        return false;
    }

    /**
     * Writes {@code events} like {@link #append(List)} (or, with an origin, like
     * {@link #append(List, EventOrigin)}) and, in the same transaction, {@code alerts} into the outbox
     * as undelivered, in list order after every alert written before. Either the events and their
     * alerts are all written or none of them is. An alert id already in the outbox is an error that
     * writes nothing. This default writes the events and refuses any alert, writing nothing.
     *
     * @throws LiveStoreException            if they could not be written; then none of them were
     * @throws UnsupportedOperationException if {@code alerts} is not empty and this store keeps no outbox,
     *                                       or an origin is given and it keeps no input ids
     */
    default void append(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts) {
        if (!alerts.isEmpty()) {
            throw new UnsupportedOperationException(location() + " keeps no alert outbox; check keepsAlerts() "
                    + "before writing alerts");
        }
        if (origin.isPresent()) {
            append(events, origin.get());
        } else {
            append(events);
        }
    }

    /**
     * At most {@code max} alerts of the outbox not yet {@link #markAlertDelivered marked delivered},
     * oldest first, as they were written (same id, same fields). Empty for a store without an outbox.
     *
     * @throws IllegalArgumentException if {@code max} is not above 0
     */
    default List<Alert> undeliveredAlerts(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("max must be > 0, was " + max);
        }
        return List.of();
    }

    /**
     * Marks the outbox alert {@code alertId} delivered at {@code at}, in its own transaction, so
     * {@link #undeliveredAlerts} no longer lists it. Marking an alert that is already delivered, or
     * that is not in the outbox, changes nothing.
     *
     * @throws LiveStoreException            if it could not be written
     * @throws UnsupportedOperationException if this store keeps no outbox (this default)
     */
    default void markAlertDelivered(String alertId, Instant at) {
        throw new UnsupportedOperationException(location() + " keeps no alert outbox");
    }

    /** True if this store only reads: appending and saving info fail, writing nothing. */
    default boolean readOnly() {
        return false;
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

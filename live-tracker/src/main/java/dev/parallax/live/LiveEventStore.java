package dev.parallax.live;

import dev.parallax.alert.Alert;
import dev.parallax.parity.TradeArchive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
     * oldest first, as they were written (same id, same fields). Only committed alerts count: while
     * a commit group is open its alerts are left out, and a group rolled back never shows them.
     * Empty for a store without an outbox.
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
     * Gives {@code action} the entries, exits and executions among the first {@code upTo} events (those with
     * {@code seq <= upTo}), in order. The tracker keeps only open trades in memory and rebuilds
     * closed ones from this for reports and exports. This default reads every event with
     * {@link #load()}; a store with many should stream them.
     *
     * @throws IllegalArgumentException if {@code upTo} is negative
     */
    default void forEachFill(long upTo, Consumer<? super LiveEvent> action) {
        for (LiveEvent event : firstEvents(upTo)) {
            if (event instanceof FillEvent) {
                action.accept(event);
            }
        }
    }

    /**
     * The entry and the exits of trade {@code tradeId} among the first {@code upTo} events, in
     * order; empty when it was never entered. This default reads every event with {@link #load()};
     * a store with many should look the trade up in an index.
     *
     * @throws IllegalArgumentException if {@code upTo} is negative
     */
    default List<LiveEvent> tradeFills(String tradeId, long upTo) {
        List<LiveEvent> fills = new ArrayList<>();
        for (LiveEvent event : firstEvents(upTo)) {
            if (event instanceof LiveEntry e && e.tradeId().equals(tradeId)
                    || event instanceof LiveExit x && x.tradeId().equals(tradeId)) {
                fills.add(event);
            }
        }
        return fills;
    }

    /**
     * The recorded executions of order {@code orderId}, in the order they were recorded; empty when
     * it has none. Inside a commit group the group's own writes count. This default reads every
     * event with {@link #load()}; a store with many should look the order up in an index.
     */
    default List<LiveExecution> orderFills(String orderId) {
        List<LiveExecution> fills = new ArrayList<>();
        for (LiveEvent event : load()) {
            if (event instanceof LiveExecution e && e.orderId().equals(orderId)) {
                fills.add(e);
            }
        }
        return fills;
    }

    /**
     * The recorded fill that uses {@code id} as its name: the entry whose trade id it is, the exit
     * whose exit id it is, or an execution whose order id it is (the entry first, then the exit);
     * empty when no fill uses it. The tracker
     * checks new trade ids and exit ids with it instead of holding every id in memory; inside a
     * commit group the group's own writes count. This default reads every event with {@link #load()};
     * a store with many should look the id up in an index.
     */
    default Optional<LiveEvent> fillNamed(String id) {
        Optional<LiveEvent> exit = Optional.empty();
        Optional<LiveEvent> execution = Optional.empty();
        for (LiveEvent event : load()) {
            if (event instanceof LiveEntry e && e.tradeId().equals(id)) {
                return Optional.of(event);
            }
            if (exit.isEmpty() && event instanceof LiveExit x && id.equals(x.exitId())) {
                exit = Optional.of(event);
            }
            if (execution.isEmpty() && event instanceof LiveExecution x && id.equals(x.orderId())) {
                execution = Optional.of(event);
            }
        }
        return exit.isPresent() ? exit : execution;
    }

    /**
     * The risk events among the first {@code upTo} events, in order. This default reads every
     * event with {@link #load()}; a store with many should read them through an index.
     *
     * @throws IllegalArgumentException if {@code upTo} is negative
     */
    default List<RiskEvent> riskEvents(long upTo) {
        List<RiskEvent> risk = new ArrayList<>();
        for (LiveEvent event : firstEvents(upTo)) {
            if (event instanceof RiskEvent r) {
                risk.add(r);
            }
        }
        return risk;
    }

    private List<LiveEvent> firstEvents(long upTo) {
        if (upTo < 0) {
            throw new IllegalArgumentException("upTo must be >= 0, was " + upTo);
        }
        List<LiveEvent> all = load();
        return all.subList(0, (int) Math.min(upTo, all.size()));
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
     * Writes {@code events} and {@code alerts} like {@link #append(List, Optional, List)} and, in the
     * same transaction, {@code snapshot}, which covers every event up to the last of {@code events}
     * and replaces the older snapshots. A store that keeps no snapshots writes the events and alerts
     * only; this default does.
     *
     * @throws LiveStoreException            if they could not be written; then nothing was
     * @throws UnsupportedOperationException as {@link #append(List, Optional, List)}
     */
    default void appendWithSnapshot(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts,
                                    StateSnapshot snapshot) {
        append(events, origin, alerts);
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
     * True when this store keeps a parity tracker's completed trades ({@link #parityArchive},
     * snapshots written with {@link ParityTrades}), so the tracker's memory holds none of them; this
     * default false, and the parity tracker's whole state then rides in the snapshot.
     */
    default boolean keepsParityTrades() {
        return false;
    }

    /** The highest archive generation that has stored parity trades; 0 when none (this default). */
    default long highestParityGeneration() {
        return 0;
    }

    /**
     * The stored parity trades of {@code generation}, read through a connection of the archive's own
     * (never the store's, whose lock a reader of the parity tracker may be waiting behind), seeing
     * committed rows only; closed with the store.
     *
     * @throws UnsupportedOperationException if this store keeps no parity trades (this default)
     */
    default TradeArchive parityArchive(long generation) {
        throw new UnsupportedOperationException(location() + " keeps no parity trades");
    }

    /**
     * Like {@link #appendWithSnapshot(List, Optional, List, StateSnapshot)}, and in the same
     * transaction writes {@code trades} under their generation and deletes the trades of every other
     * generation.
     *
     * @throws LiveStoreException            if they could not be written; then nothing was
     * @throws UnsupportedOperationException if this store keeps no parity trades (this default)
     */
    default void appendWithSnapshot(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts,
                                    StateSnapshot snapshot, ParityTrades trades) {
        throw new UnsupportedOperationException(location() + " keeps no parity trades; nothing was written");
    }

    /**
     * Like {@link #saveSnapshot(StateSnapshot)}, and in the same transaction writes {@code trades}
     * under their generation and deletes the trades of every other generation.
     *
     * @throws LiveStoreException            if they could not be written; then nothing was
     * @throws UnsupportedOperationException if this store keeps no parity trades (this default)
     */
    default void saveSnapshot(StateSnapshot snapshot, ParityTrades trades) {
        throw new UnsupportedOperationException(location() + " keeps no parity trades; nothing was written");
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

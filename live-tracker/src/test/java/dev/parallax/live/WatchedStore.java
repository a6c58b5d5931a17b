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
 * A store that passes every call to another one but keeps snapshots from the tracker: it shows
 * none and writes none, so a tracker opened on it replays every event. It also notes which reads
 * the tracker made, so a test can tell a full replay from a tail replay. It keeps no alert outbox
 * (the tracker holds alerts in memory on it) unless made {@link #withOutbox}.
 */
final class WatchedStore implements LiveEventStore {

    private final LiveEventStore inner;
    private final boolean hideSnapshots;
    private final boolean outbox;
    private final boolean parityTrades;
    /**
     * When set, the next batch written with alerts ({@link #append(List, Optional, List)}) is followed
     * by this event; an entry already recorded is refused by the one-entry-per-trade index, a real
     * database failure that rolls back the open group.
     */
    LiveEvent failAfterNextBatch;
    final List<String> reads = new ArrayList<>();
    /**
     * When true, the next batch is written twice, which the database's one-entry-per-trade index
     * refuses for an entry: a real failure of the database inside its transaction.
     */
    boolean writeNextBatchTwice;
    /** When true, saving a snapshot alone (as on close) fails like a full disk. */
    boolean failSavedSnapshots;
    /** The snapshots written through this store, in order. */
    final List<StateSnapshot> written = new ArrayList<>();

    private WatchedStore(LiveEventStore inner, boolean hideSnapshots, boolean outbox, boolean parityTrades) {
        this.inner = inner;
        this.hideSnapshots = hideSnapshots;
        this.outbox = outbox;
        this.parityTrades = parityTrades && !hideSnapshots;
    }

    /** {@code inner} as it is, its alert outbox included. */
    static WatchedStore withOutbox(LiveEventStore inner) {
        return new WatchedStore(inner, false, true, true);
    }

    /** {@code inner} without its snapshots: a tracker opened on it replays every event. */
    static WatchedStore withoutSnapshots(LiveEventStore inner) {
        return new WatchedStore(inner, true, false, false);
    }

    /** {@code inner} as it is, with the reads noted. */
    static WatchedStore watching(LiveEventStore inner) {
        return new WatchedStore(inner, false, false, true);
    }

    /**
     * {@code inner} with its snapshots but without its parity trades: the parity tracker's whole state
     * rides in the snapshot (generation 0), as before the store kept them.
     */
    static WatchedStore withoutParityTrades(LiveEventStore inner) {
        return new WatchedStore(inner, false, false, false);
    }

    @Override
    public List<LiveEvent> load() {
        reads.add("load");
        return inner.load();
    }

    @Override
    public List<LiveEvent> loadAfter(long count) {
        reads.add("loadAfter " + count);
        return hideSnapshots ? LiveEventStore.super.loadAfter(count) : inner.loadAfter(count);
    }

    @Override
    public Optional<StateSnapshot> latestSnapshot() {
        return hideSnapshots ? Optional.empty() : inner.latestSnapshot();
    }

    @Override
    public void appendWithSnapshot(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts,
                                   StateSnapshot snapshot) {
        written.add(snapshot);
        if (hideSnapshots) {
            LiveEventStore.super.appendWithSnapshot(events, origin, alerts, snapshot);
        } else {
            inner.appendWithSnapshot(events, origin, alerts, snapshot);
        }
    }

    @Override
    public void saveSnapshot(StateSnapshot snapshot) {
        if (failSavedSnapshots) {
            throw new LiveStoreException("database or disk is full; nothing was written");
        }
        if (!hideSnapshots) {
            inner.saveSnapshot(snapshot);
        }
    }

    /** True when the inner store keeps parity trades and this one shows its snapshots and them. */
    @Override
    public boolean keepsParityTrades() {
        return parityTrades && inner.keepsParityTrades();
    }

    @Override
    public long highestParityGeneration() {
        return inner.highestParityGeneration();
    }

    @Override
    public TradeArchive parityArchive(long generation) {
        return parityTrades ? inner.parityArchive(generation) : LiveEventStore.super.parityArchive(generation);
    }

    @Override
    public void appendWithSnapshot(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts,
                                   StateSnapshot snapshot, ParityTrades trades) {
        if (!parityTrades) {
            LiveEventStore.super.appendWithSnapshot(events, origin, alerts, snapshot, trades);
        }
        written.add(snapshot);
        inner.appendWithSnapshot(events, origin, alerts, snapshot, trades);
    }

    @Override
    public void saveSnapshot(StateSnapshot snapshot, ParityTrades trades) {
        if (failSavedSnapshots) {
            throw new LiveStoreException("database or disk is full; nothing was written");
        }
        if (!parityTrades) {
            LiveEventStore.super.saveSnapshot(snapshot, trades);
        }
        inner.saveSnapshot(snapshot, trades);
    }

    @Override
    public void append(List<LiveEvent> events) {
        inner.append(events);
        if (writeNextBatchTwice) {
            writeNextBatchTwice = false;
            inner.append(events);
        }
    }

    @Override
    public boolean keepsAlerts() {
        return outbox && inner.keepsAlerts();
    }

    @Override
    public void append(List<LiveEvent> events, Optional<EventOrigin> origin, List<Alert> alerts) {
        if (!outbox) {
            LiveEventStore.super.append(events, origin, alerts);
            return;
        }
        inner.append(events, origin, alerts);
        if (failAfterNextBatch != null) {
            LiveEvent failing = failAfterNextBatch;
            failAfterNextBatch = null;
            inner.append(List.of(failing));
        }
    }

    @Override
    public List<Alert> undeliveredAlerts(int max) {
        return outbox ? inner.undeliveredAlerts(max) : LiveEventStore.super.undeliveredAlerts(max);
    }

    @Override
    public void markAlertDelivered(String alertId, Instant at) {
        if (outbox) {
            inner.markAlertDelivered(alertId, at);
        } else {
            LiveEventStore.super.markAlertDelivered(alertId, at);
        }
    }

    @Override
    public void beginGroup() {
        inner.beginGroup();
    }

    @Override
    public void commitGroup() {
        inner.commitGroup();
    }

    @Override
    public void append(List<LiveEvent> events, EventOrigin origin) {
        inner.append(events, origin);
    }

    @Override
    public void appendRefusal(LiveEntry entry, EventOrigin origin) {
        inner.appendRefusal(entry, origin);
    }

    @Override
    public void forEachFill(long upTo, Consumer<? super LiveEvent> action) {
        reads.add("forEachFill " + upTo);
        inner.forEachFill(upTo, action);
    }

    @Override
    public List<LiveEvent> tradeFills(String tradeId, long upTo) {
        return inner.tradeFills(tradeId, upTo);
    }

    @Override
    public List<LiveExecution> orderFills(String orderId) {
        reads.add("orderFills " + orderId);
        return inner.orderFills(orderId);
    }

    @Override
    public Optional<LiveEvent> fillNamed(String id) {
        reads.add("fillNamed " + id);
        return inner.fillNamed(id);
    }

    @Override
    public List<RiskEvent> riskEvents(long upTo) {
        return inner.riskEvents(upTo);
    }

    @Override
    public Optional<RecordedInput> recordedInput(String inputId) {
        return inner.recordedInput(inputId);
    }

    @Override
    public Set<String> refusedInputIds() {
        reads.add("refusedInputIds");
        return inner.refusedInputIds();
    }

    @Override
    public Map<String, Long> inputDigests() {
        reads.add("inputDigests");
        return inner.inputDigests();
    }

    @Override
    public Optional<InputPosition> inputPosition(String source) {
        return inner.inputPosition(source);
    }

    @Override
    public boolean readOnly() {
        return inner.readOnly();
    }

    @Override
    public Optional<String> info(String name) {
        return inner.info(name);
    }

    @Override
    public void putInfo(String name, String value) {
        inner.putInfo(name, value);
    }

    @Override
    public String location() {
        return inner.location();
    }

    @Override
    public void close() {
        inner.close();
    }
}

package dev.parallax.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's answers about recorded fills that the checks of one event need. An entry fed with
 * an input id asks for its trade id twice (was it recorded before input ids were kept, is the id
 * taken), an execution for its order's fills three times (is it recorded, are they of its symbol
 * and side, what does parity compare); the store is asked once. Made for one event and dropped: it never outlives a write.
 */
final class RecordedFills {

    private final LiveEventStore store;
    private final Map<String, Optional<LiveEvent>> named = new HashMap<>(4);
    private final Map<String, List<LiveExecution>> orders = new HashMap<>(2);

    RecordedFills(LiveEventStore store) {
        this.store = store;
    }

    /** The recorded entry whose trade id, or exit whose exit id, is {@code id} ({@link LiveEventStore#fillNamed}). */
    Optional<LiveEvent> named(String id) {
        return named.computeIfAbsent(id, store::fillNamed);
    }

    /** The recorded executions of order {@code orderId}, in recorded order ({@link LiveEventStore#orderFills}). */
    List<LiveExecution> ofOrder(String orderId) {
        return orders.computeIfAbsent(orderId, store::orderFills);
    }

    /** The recorded entry and exits of trade {@code tradeId}, in order ({@link LiveEventStore#tradeFills}). */
    List<LiveEvent> ofTrade(String tradeId) {
        return store.tradeFills(tradeId, Long.MAX_VALUE);
    }
}

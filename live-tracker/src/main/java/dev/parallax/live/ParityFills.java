package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Fill;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the parity tracker compares of live events replayed in recorded order: an entry's fill, a
 * compared exit's ({@link LiveEvent#parityFill()}), and for executions the whole order: nothing
 * until the order's fill whose {@link Fill#partial()} is false, then the order's fills recorded up
 * to it, in recorded order, summed by {@link Fill#combined} (partial false). Parity compares whole
 * orders, as the backtest hands them over.
 *
 * <p>The fills of an order seen in the replay are held until its last one; when the replay starts
 * after some of them (the events after a snapshot), the order's fills are read from the store. A
 * fill recorded after its order's last one (the venue's notifications crossed) is recorded by the
 * tracker but compares nothing: parity took the order when its last fill came. Not thread-safe.
 */
public final class ParityFills {

    private final Map<String, List<Fill>> openOrders = new HashMap<>();
    /** The recorded executions of an order, when the replay began after some of them; empty when it cannot ask. */
    private final Optional<Function<String, List<LiveExecution>>> stored;

    /**
     * A replay from the first stored event, which meets every fill of an order before its last one,
     * so it never asks the store (it may be streaming the store's rows).
     */
    public static ParityFills fromFirstEvent() {
        return new ParityFills(Optional.empty());
    }

    /** A replay that may start after some fills of an order: it reads them from {@code store}. */
    static ParityFills fromStore(LiveEventStore store) {
        return new ParityFills(Optional.of(store::orderFills));
    }

    private ParityFills(Optional<Function<String, List<LiveExecution>>> stored) {
        this.stored = stored;
    }

    /** What parity compares of {@code event}, the next event of the replay; empty when nothing. */
    public Optional<Fill> of(LiveEvent event) {
        notNull("event", event);
        if (!(event instanceof LiveExecution execution)) {
            return event.parityFill();
        }
        List<Fill> parts = openOrders.computeIfAbsent(execution.orderId(), id -> new ArrayList<>(2));
        parts.add(execution.fill());
        if (!execution.lastOfOrder()) {
            return Optional.empty();
        }
        openOrders.remove(execution.orderId());
        if (stored.isPresent() && parts.size() < execution.sequence()) {
            parts = upTo(stored.get().apply(execution.orderId()), execution);
        }
        return Optional.of(Fill.combined(parts, false));
    }

    /**
     * What parity compares of {@code execution} when it is recorded now, after {@code recorded} (the
     * order's executions already in the store, in recorded order): the order summed when it is its
     * last fill and no earlier fill of the order was its last; else nothing.
     */
    static Optional<Fill> recording(LiveExecution execution, List<LiveExecution> recorded) {
        if (!execution.lastOfOrder() || recorded.stream().anyMatch(LiveExecution::lastOfOrder)) {
            return Optional.empty();
        }
        List<Fill> parts = new ArrayList<>(recorded.size() + 1);
        recorded.forEach(r -> parts.add(r.fill()));
        parts.add(execution.fill());
        return Optional.of(Fill.combined(parts, false));
    }

    /** The fills of {@code order} recorded up to and including {@code last}. */
    private static List<Fill> upTo(List<LiveExecution> order, LiveExecution last) {
        List<Fill> parts = new ArrayList<>(order.size());
        for (LiveExecution execution : order) {
            parts.add(execution.fill());
            if (execution.sequence() == last.sequence()) {
                break;
            }
        }
        return parts;
    }
}

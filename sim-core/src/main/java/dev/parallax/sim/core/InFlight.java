package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.spi.LatencyKind;
import java.util.random.RandomGenerator;

/**
 * What travels between the trader and the venue: orders and cancels on their way in, each after an
 * order-submit latency drawn as it is sent, and fill notifications on their way back, kept in an
 * {@link EventQueue} by time. Each runs when the
 * simulator's clock reaches it: an order meets the market ({@link Matching#arrive}), a cancel takes
 * its order out of the book and the working orders, a notification reaches the {@link FillListener}.
 */
final class InFlight {

    private final LatencyModel latency;
    private final RandomGenerator rng;
    private final EventQueue events;
    private final OrderRegistry registry;
    private final Matching matching;
    private final ExecutionTally tally;
    private final FillListener listener;

    InFlight(LatencyModel latency, RandomGenerator rng, EventQueue events, OrderRegistry registry, Matching matching,
             ExecutionTally tally, FillListener listener) {
        this.latency = latency;
        this.rng = rng;
        this.events = events;
        this.registry = registry;
        this.matching = matching;
        this.tally = tally;
        this.listener = listener;
    }

    /** True when nothing is on its way. */
    boolean isEmpty() {
        return events.isEmpty();
    }

    /** Sends a new order, already checked, to the venue: it joins the working orders and arrives after its latency. */
    void send(Order order) {
        WorkingOrder w = registry.add(order, latency.sampleNanos(LatencyKind.ORDER_SUBMIT, rng));
        w.scheduledEvents++;
        events.add(w.arrivalNanos, EventQueue.Kind.ORDER_ARRIVES, w);
    }

    /** Sends a cancel of {@code w}, sent at {@code timeNanos}; it arrives after its latency, never before the order. */
    void sendCancel(WorkingOrder w, long timeNanos) {
        long arrives = Nanos.plus(timeNanos, latency.sampleNanos(LatencyKind.ORDER_SUBMIT, rng));
        w.cancelRequested = true;
        w.scheduledEvents++;
        events.add(Math.max(arrives, w.arrivalNanos), EventQueue.Kind.CANCEL_ARRIVES, w);
    }

    /** Delivers every fill notification still on its way; nothing else runs and nothing is dropped. */
    void drainNotifications() {
        events.drain(EventQueue.Kind.FILL_NOTIFIED, fill -> listener.onFill((Fill) fill));
    }

    /** Runs what is due up to {@code limit}, inclusive or not, in time order. */
    void runDue(long limit, boolean inclusive) {
        while (!events.isEmpty()) {
            long t = events.firstTime();
            if (inclusive ? t > limit : t >= limit) {
                return;
            }
            EventQueue.Kind kind = events.firstKind();
            Object payload = events.firstPayload();
            events.removeFirst();
            if (kind == EventQueue.Kind.FILL_NOTIFIED) {
                listener.onFill((Fill) payload);
                continue;
            }
            WorkingOrder w = (WorkingOrder) payload;
            w.scheduledEvents--;
            if (kind == EventQueue.Kind.ORDER_ARRIVES) {
                matching.arrive(w);
            } else if (!w.status.isTerminal()) {
                registry.cancel(w);
                tally.orderCancelled();
                matching.remove(w);
                listener.onCancelled(w.order.id(), w.remaining, t);
            }
            registry.retireIfDone(w);
        }
    }
}

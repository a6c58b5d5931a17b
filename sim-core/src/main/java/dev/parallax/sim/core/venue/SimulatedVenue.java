package dev.parallax.sim.core.venue;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.OrderType;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.venue.MatchingVenue;
import dev.parallax.sim.api.venue.OrderChange;
import dev.parallax.sim.api.venue.OrderEvent;
import dev.parallax.sim.api.venue.VenueListener;
import dev.parallax.sim.api.venue.VenueSetup;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.ExecutionSimulator;
import dev.parallax.sim.core.ExecutionStatistics;
import dev.parallax.sim.core.FillListener;
import dev.parallax.sim.core.Retention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The execution simulator as an {@link dev.parallax.sim.api.venue.ExecutionVenue}: the venue of a
 * backtest and of paper trading, registered as provider {@code simulated}.
 *
 * <p>Executions reach the listener at their notification time, as the simulator's fills do. Order
 * events: {@link OrderEvent.Kind#ACCEPTED} when an order is submitted (the simulated venue takes
 * every valid order; it can execute once its submit latency has passed), {@link OrderEvent.Kind#DONE}
 * right after the execution that fills it completely, {@link OrderEvent.Kind#CANCELLED} when a cancel
 * takes effect at the venue (no notification latency is drawn for it, so the seeded fills are the
 * same as the simulator's alone).
 *
 * <p><b>Modify is a cancel and a new order</b>: the simulator has no amend. {@link #modify} sends a
 * cancel; when it takes effect, an order with the same id, side and type, the new size (or the size
 * left unfilled) and the new limit (or the old one) is submitted at the venue's clock after the step
 * in which the cancel took effect. It travels the submit latency again and joins the back of the
 * queue: the order loses its priority, and executions before the cancel arrived stand. Then
 * {@link OrderEvent.Kind#MODIFIED} is reported. If the order fills completely before the cancel
 * arrives, nothing is sent again and the change is {@link OrderEvent.Kind#REJECTED}.
 *
 * <p>The venue keeps only orders still pending or working ({@link Retention#WORKING_ONLY}): an id is
 * unique among working orders, and a finished order's id reads as not working. Not thread-safe.
 */
public final class SimulatedVenue implements MatchingVenue {

    /** A change waiting for the cancel of its order to take effect. */
    private record PendingChange(Order order, OrderChange change) {
    }

    private final VenueListener listener;
    private final ExecutionSimulator simulator;
    /** Changes whose cancel is on its way, by order id; empty unless {@link #modify} was used. */
    private final Map<String, PendingChange> changing = new HashMap<>();
    /** New orders of changes whose cancel took effect, to submit once the simulator's call returns. */
    private final List<Order> replacements = new ArrayList<>();

    /** A venue executing with {@code models}, drawing from {@code new SplittableRandom(seed)}, reporting to {@code listener}. */
    public SimulatedVenue(ExecutionModels models, long seed, VenueListener listener) {
        this.listener = Preconditions.notNull("listener", listener);
        this.simulator = new ExecutionSimulator(models, new SplittableRandom(seed), new Notices(),
                Retention.WORKING_ONLY);
    }

    /** A venue opened with {@code setup}'s models, seed and listener. */
    public static SimulatedVenue open(VenueSetup setup) {
        Preconditions.notNull("setup", setup);
        ExecutionModels models = new ExecutionModels(setup.fee(), setup.latency(), setup.slippage(), setup.queue(),
                setup.fill());
        return new SimulatedVenue(models, setup.seed(), setup.listener());
    }

    @Override
    public void submit(Order order) {
        Preconditions.notNull("order", order);
        if (simulator.isWorking(order.id())) {
            throw new IllegalArgumentException("order id '" + order.id() + "' is already working at the venue;"
                    + " ids must be unique among working orders");
        }
        if (order.timeNanos() < simulator.clockNanos()) {
            throw new IllegalArgumentException("order '" + order.id() + "' timeNanos must not be before the venue clock "
                    + simulator.clockNanos() + ", was " + order.timeNanos());
        }
        listener.onOrderEvent(OrderEvent.of(order.id(), OrderEvent.Kind.ACCEPTED, order.timeNanos()));
        simulator.submit(order);
        sendReplacements();
    }

    /** {@inheritDoc} The simulated venue also answers false for an id it does not hold (never sent, or finished). */
    @Override
    public boolean cancel(String orderId, long timeNanos) {
        if (!simulator.isWorking(orderId)) {
            return false;
        }
        boolean sent = simulator.cancel(orderId, timeNanos);
        sendReplacements();
        return sent;
    }

    /**
     * {@inheritDoc} Here a cancel followed by a new order with the same id (see the class description).
     * Answers false for an id it does not hold.
     */
    @Override
    public boolean modify(String orderId, OrderChange change, long timeNanos) {
        Preconditions.notNull("change", change);
        Order order = simulator.workingOrder(orderId).orElse(null);
        if (order == null || changing.containsKey(orderId)) {
            return false;
        }
        if (change.changesLimitPrice() && order.type() == OrderType.MARKET) {
            throw new IllegalArgumentException("cannot change the limit price of MARKET order '" + orderId
                    + "' to " + change.limitPrice() + ": it has none");
        }
        changing.put(orderId, new PendingChange(order, change));
        boolean sent = simulator.cancel(orderId, timeNanos);
        if (!sent) {
            changing.remove(orderId);
        }
        sendReplacements();
        return sent;
    }

    @Override
    public boolean isWorking(String orderId) {
        return simulator.isWorking(orderId);
    }

    @Override
    public void advanceTo(long timeNanos) {
        simulator.advanceTo(timeNanos);
        sendReplacements();
    }

    @Override
    public void onMarket(MarketConditions market) {
        simulator.onMarket(market);
        sendReplacements();
    }

    @Override
    public void onTrade(String symbol, double price, double size, long timeNanos) {
        simulator.onTrade(symbol, price, size, timeNanos);
        sendReplacements();
    }

    @Override
    public boolean isIdle(String symbol) {
        return simulator.isIdle(symbol);
    }

    @Override
    public long clockNanos() {
        return simulator.clockNanos();
    }

    @Override
    public void drainNotifications() {
        simulator.drainNotifications();
    }

    /** Counts and averages over everything executed so far. */
    public ExecutionStatistics statistics() {
        return simulator.statistics();
    }

    /** Submits the new orders of changes whose cancel took effect, at the simulator's clock; each may let more take effect. */
    private void sendReplacements() {
        while (!replacements.isEmpty()) {
            Order o = replacements.remove(0);
            long now = Math.max(o.timeNanos(), simulator.clockNanos());
            Order sent = new Order(o.id(), o.symbol(), o.side(), o.type(), o.size(), o.limitPrice(), now);
            simulator.submit(sent);
            listener.onOrderEvent(OrderEvent.of(sent.id(), OrderEvent.Kind.MODIFIED, now));
        }
    }

    /** What the simulator notifies, turned into executions and order events. */
    private final class Notices implements FillListener {

        @Override
        public void onFill(Fill fill) {
            listener.onFill(fill);
            if (fill.partial()) {
                return;
            }
            if (!changing.isEmpty() && changing.remove(fill.orderId()) != null) {
                listener.onOrderEvent(OrderEvent.rejected(fill.orderId(), fill.timeNanos(),
                        "order '" + fill.orderId() + "' filled completely before its change reached the venue"));
            }
            listener.onOrderEvent(OrderEvent.of(fill.orderId(), OrderEvent.Kind.DONE, fill.timeNanos()));
        }

        @Override
        public void onCancelled(String orderId, double unfilledSize, long timeNanos) {
            PendingChange pending = changing.isEmpty() ? null : changing.remove(orderId);
            if (pending == null) {
                listener.onOrderEvent(OrderEvent.of(orderId, OrderEvent.Kind.CANCELLED, timeNanos));
                return;
            }
            Order o = pending.order();
            OrderChange c = pending.change();
            double size = c.changesSize() ? c.size() : unfilledSize;
            double limit = c.changesLimitPrice() ? c.limitPrice() : o.limitPrice();
            replacements.add(new Order(o.id(), o.symbol(), o.side(), o.type(), size, limit, timeNanos));
        }
    }
}

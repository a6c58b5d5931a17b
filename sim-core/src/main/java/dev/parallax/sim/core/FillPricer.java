package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.spi.LatencyKind;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Turns a fill opportunity into a fill: the fill model decides the size, the slippage model moves
 * the price of a taking fill (capped at the limit), the fee model prices the fee at the fill's
 * time, and a fill-notification latency is drawn. The fill then updates its order, the
 * {@link ExecutionTally} and, with {@link Retention#ALL}, the {@link FillLog}, and its notification
 * is scheduled. A model that returns an impossible value is reported by class name with an
 * {@link IllegalStateException}.
 */
final class FillPricer {

    private final ExecutionModels models;
    private final RandomGenerator rng;
    private final OrderRegistry registry;
    private final EventQueue events;
    private final ExecutionTally tally;
    private final Retention retention;
    private final boolean keepFills;
    private final FillLog log = new FillLog();

    FillPricer(ExecutionModels models, RandomGenerator rng, OrderRegistry registry, EventQueue events,
               ExecutionTally tally, Retention retention) {
        this.models = models;
        this.rng = rng;
        this.registry = registry;
        this.events = events;
        this.tally = tally;
        this.retention = retention;
        this.keepFills = retention == Retention.ALL;
    }

    /** Every fill so far, in venue order. @throws IllegalStateException unless the retention keeps fills */
    List<Fill> fills() {
        if (!keepFills) {
            throw new IllegalStateException("this simulator keeps no fills (Retention." + retention
                    + "); collect them with a FillListener, or create it with Retention.ALL");
        }
        return Collections.unmodifiableList(log);
    }

    /** Fills (part of) an order that takes liquidity at the far touch. */
    void take(WorkingOrder w, FillType type, MarketConditions m, long timeNanos) {
        double farSize = m.farSize(w.order.side());
        fill(w, type, true, farSize > 0 ? farSize : Double.POSITIVE_INFINITY, m, timeNanos);
    }

    /** Fills (part of) a resting order at its limit price; a maker fill never exceeds {@code available}. */
    void rest(WorkingOrder w, FillType type, double available, MarketConditions m, long timeNanos) {
        fill(w, type, false, available, m, timeNanos);
    }

    /**
     * The whole path of one fill, taking or resting: size, price, fee, notification latency, and
     * the fill's effect on its order, the tally, the log and the event queue.
     *
     * <p>Kept as one method on purpose. It is larger than C2's {@code FreqInlineSize} (325
     * bytecodes), so the JIT compiles it once and every caller calls it, as the single simulator
     * class did before issue 17. Split into a {@code take} and a {@code record} small enough to
     * inline, the fill path was copied into each caller's compiled code and crowded the event loop
     * out of C2's inlining budget: the simulator ran 6-15% slower (docs/PERFORMANCE.md, "Issue 17
     * against the build before it"). Moving parts of it into helper methods would bring it back
     * under the limit; measure {@code SimulatorBenchmark.orders*} before doing so.
     */
    private void fill(WorkingOrder w, FillType type, boolean taking, double available, MarketConditions m,
                      long timeNanos) {
        double size = decideSize(w, type, available, m);
        if (type == FillType.MAKER) {
            size = Math.min(size, available);
        }
        if (!(size > 0)) {
            return;
        }
        Order o = w.order;
        double price;
        double slippageBps;
        if (taking) {
            double reference = m.farTouch(o.side());
            double bps = models.slippage().slippageBps(o, type, size, m, rng);
            if (!Double.isFinite(bps)) {
                throw new IllegalStateException("slippage model " + models.slippage().getClass().getName()
                        + " returned " + bps + " for order '" + o.id() + "'");
            }
            int sign = o.side().sign();
            price = reference * (1.0 + sign * bps / 10_000.0);
            if (!(price > 0) || Double.isInfinite(price)) {
                throw new IllegalStateException("slippage model " + models.slippage().getClass().getName()
                        + " returned " + bps + " bps for order '" + o.id() + "', which prices the fill at " + price
                        + "; a sell's slippage must stay below 10,000 bps");
            }
            if (o.isLimit()) {
                price = o.side() == Side.BUY ? Math.min(price, o.limitPrice()) : Math.max(price, o.limitPrice());
            }
            slippageBps = sign * (price - reference) / reference * 10_000.0;
        } else {
            price = o.limitPrice();
            slippageBps = 0.0;
        }
        double fee = models.fee().fee(o, type, price, size, timeNanos);
        if (!Double.isFinite(fee)) {
            throw new IllegalStateException("fee model " + models.fee().getClass().getName() + " returned " + fee
                    + " for order '" + o.id() + "'");
        }
        double left = w.remaining - size;
        if (left <= o.size() * 1e-12) {
            left = 0.0;
        }
        long notifyNanos = models.latency().sampleNanos(LatencyKind.FILL_NOTIFICATION, rng);
        Fill fill = new Fill(o.id(), o.symbol(), o.side(), price, size, fee, type,
                w.submitLatencyNanos + notifyNanos, slippageBps, timeNanos, left > 0);
        w.remaining = left;
        boolean first = !w.hadFill;
        w.hadFill = true;
        if (left == 0.0) {
            w.status = OrderStatus.FILLED;
            registry.finish(w);
        }
        tally.fill(fill, first, left == 0.0);
        if (keepFills) {
            log.append(o, fill);
        }
        events.add(Nanos.plus(timeNanos, notifyNanos), EventQueue.Kind.FILL_NOTIFIED, fill);
    }

    private double decideSize(WorkingOrder w, FillType type, double available, MarketConditions m) {
        double size = models.fill().fillSize(w.order, type, w.remaining, available, m, rng);
        if (!(size >= 0) || size > w.remaining * (1 + 1e-9)) {
            throw new IllegalStateException("fill model " + models.fill().getClass().getName() + " returned " + size
                    + " for order '" + w.order.id() + "' with " + w.remaining + " remaining; must be in [0, remaining]");
        }
        return Math.min(size, w.remaining);
    }
}

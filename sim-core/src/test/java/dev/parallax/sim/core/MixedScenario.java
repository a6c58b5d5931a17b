package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded stream of inputs that reaches every path of the simulator: three symbols on different
 * price grids, snapshots with moving touches and sometimes no depth or volume, trades at and
 * through resting prices, market and limit orders (some far from the touch, some large enough to
 * fill in parts), orders sent before a symbol's first snapshot, cancels of any order, clock moves,
 * and a drain of notifications half way.
 */
final class MixedScenario {

    /**
     * What a run left behind.
     *
     * @param simulator the simulator, after the run
     * @param orders    the orders sent, by id
     * @param notified  the fills in the order the listener received them
     */
    record Run(ExecutionSimulator simulator, Map<String, Order> orders, List<Fill> notified) {
    }

    private static final String[] SYMBOLS = {"A", "B", "C"};
    private static final double[] TICKS = {0.01, 0.5, 0.0001};

    private MixedScenario() {
    }

    /** Feeds {@code steps} inputs drawn from {@code inputSeed} to a simulator made by {@code simulator}. */
    static Run run(Function<FillListener, ExecutionSimulator> simulator, long inputSeed,
                   int steps) {
        List<Fill> notified = new ArrayList<>();
        ExecutionSimulator sim = simulator.apply(notified::add);
        Map<String, Order> orders = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(inputSeed);
        double[] mids = {100, 2_000, 0.5};
        long t = 1_700_000_000_000_000_000L;
        for (int i = 0; i < steps; i++) {
            t += r.nextLong(0, 80_000_000L);
            int s = r.nextInt(3);
            double tick = TICKS[s];
            mids[s] = Math.max(tick * 50, mids[s] + tick * r.nextInt(-3, 4));
            double mid = Math.rint(mids[s] / tick) * tick;
            int pick = i < 15 && s == 2 ? 10 : r.nextInt(20);
            if (pick < 6) {
                double half = tick * (1 + r.nextInt(3));
                double last = switch (r.nextInt(4)) {
                    case 0 -> mid - half;
                    case 1 -> mid + half;
                    case 2 -> mid;
                    default -> mid + tick * r.nextInt(-6, 7);
                };
                sim.onMarket(new MarketConditions(SYMBOLS[s], mid - half, mid + half,
                        r.nextInt(5) == 0 ? 0 : 0.5 + 5 * r.nextDouble(), 0.5 + 5 * r.nextDouble(),
                        Math.max(tick, last), r.nextInt(6) == 0 ? 0 : 1_000 + r.nextDouble() * 2e6,
                        r.nextDouble() * 0.03, t));
            } else if (pick < 8 && s != 1) {
                sim.onTrade(SYMBOLS[s], Math.max(tick, mid + tick * r.nextInt(-4, 5)), 0.1 + r.nextDouble() * 20, t);
            } else if (pick < 15) {
                String id = "q" + i;
                Side side = r.nextBoolean() ? Side.BUY : Side.SELL;
                double size = r.nextInt(10) == 0 ? 500 + r.nextDouble() * 3_000 : 0.1 + r.nextDouble() * 3;
                Order o = r.nextInt(3) == 0 ? Order.market(id, SYMBOLS[s], side, size, t)
                        : Order.limit(id, SYMBOLS[s], side, size, Math.max(tick, mid + tick * r.nextInt(-8, 9)), t);
                sim.submit(o);
                orders.put(id, o);
                ids.add(id);
            } else if (pick < 18 && !ids.isEmpty()) {
                cancel(sim, ids.get(r.nextInt(ids.size())), t);
            } else if (pick == 18) {
                sim.advanceTo(t);
            }
            if (i == steps / 2) {
                sim.drainNotifications();
            }
        }
        sim.drainNotifications();
        return new Run(sim, orders, notified);
    }

    private static void cancel(ExecutionSimulator sim, String id, long t) {
        try {
            sim.cancel(id, t);
        } catch (IllegalArgumentException forgotten) {
            // a simulator that keeps only working orders no longer knows a finished one
        }
    }
}

package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random sequences of valid and invalid orders, cancels, market snapshots, trades and clock moves
 * fed to the simulator with the default models. Every input either works or is rejected with an
 * {@link IllegalArgumentException} that has a message; nothing else escapes, nothing hangs, and a
 * rejected input changes nothing: neither the visible state nor the random draws, since replaying
 * only the accepted inputs into a fresh simulator with the same seed gives the same fills.
 */
class SimulatorInputFuzzTest {

    static final int TRIES = 1_000;
    private static final String[] SYMBOLS = {"BTC/USD", "ETH/USD", " ", ""};

    @Property(tries = TRIES, seed = "4242")
    void anyInputWorksOrIsRejectedWithAMessageAndARejectionChangesNothing(@ForAll long seed,
                                                                          @ForAll @IntRange(min = 1, max = 150) int steps) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(seed, steps));
    }

    private static void run(long seed, int steps) {
        SplittableRandom rnd = new SplittableRandom(seed);
        ExecutionSimulator sim = ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, seed, fill -> { });
        List<Consumer<ExecutionSimulator>> accepted = new ArrayList<>();
        Inputs inputs = new Inputs(rnd);
        for (int i = 0; i < steps; i++) {
            Consumer<ExecutionSimulator> input;
            try {
                input = inputs.next();
            } catch (IllegalArgumentException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a value rejected without a message");
                continue;
            }
            State before = State.of(sim, inputs.ids);
            try {
                input.accept(sim);
                accepted.add(input);
            } catch (IllegalArgumentException e) {
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "rejected without a message");
                assertEquals(before, State.of(sim, inputs.ids), "a rejected input changed the state: " + e.getMessage());
            } catch (RuntimeException e) {
                fail("step " + i + " of seed " + seed + " threw " + e + " instead of IllegalArgumentException", e);
            }
        }
        ExecutionSimulator replay = ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, seed, fill -> { });
        accepted.forEach(input -> input.accept(replay));
        assertEquals(sim.fills(), replay.fills(), "rejected inputs changed what the accepted ones did");
        assertEquals(sim.statistics(), replay.statistics());
    }

    /** Draws inputs: mostly valid and in time order, some with bad values, old times, unknown or reused ids. */
    private static final class Inputs {
        private final SplittableRandom rnd;
        private final List<String> ids = new ArrayList<>();
        private long time = 1_700_000_000_000_000_000L;
        private double mid = 50_000;

        Inputs(SplittableRandom rnd) {
            this.rnd = rnd;
        }

        Consumer<ExecutionSimulator> next() {
            time = nextTime();
            mid = Math.max(1, mid * (1 + (rnd.nextDouble() - 0.5) * 0.002));
            long t = time;
            return switch (rnd.nextInt(6)) {
                case 0 -> {
                    MarketConditions m = new MarketConditions(symbol(), price(mid - 5), price(mid + 5), size(), size(),
                            price(mid), size() * 100, rnd.nextDouble() * 0.05, t);
                    yield sim -> sim.onMarket(m);
                }
                case 1 -> {
                    String symbol = symbol();
                    double price = price(mid);
                    double size = size();
                    yield sim -> sim.onTrade(symbol, price, size, t);
                }
                case 2, 3 -> {
                    String id = orderId();
                    Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                    Order order = rnd.nextBoolean() ? Order.market(id, symbol(), side, size(), t)
                            : Order.limit(id, symbol(), side, size(), price(mid + rnd.nextInt(-20, 21)), t);
                    ids.add(id);
                    yield sim -> sim.submit(order);
                }
                case 4 -> {
                    String id = ids.isEmpty() || rnd.nextInt(10) == 0 ? "unknown-" + rnd.nextInt(5)
                            : ids.get(rnd.nextInt(ids.size()));
                    yield sim -> sim.cancel(id, t);
                }
                default -> sim -> sim.advanceTo(t);
            };
        }

        private long nextTime() {
            int pick = rnd.nextInt(40);
            if (pick == 0) {
                return time - 1 - rnd.nextInt(1_000_000);              // older than the clock
            }
            if (pick == 1) {
                return Long.MAX_VALUE - rnd.nextInt(1_000);           // the end of time
            }
            if (pick == 2) {
                return Long.MIN_VALUE + rnd.nextInt(1_000);
            }
            return time + rnd.nextLong(0, 200_000_000L);               // up to 200 ms later
        }

        private String symbol() {
            return rnd.nextInt(30) == 0 ? SYMBOLS[2 + rnd.nextInt(2)] : SYMBOLS[rnd.nextInt(2)];
        }

        private String orderId() {
            return !ids.isEmpty() && rnd.nextInt(15) == 0 ? ids.get(rnd.nextInt(ids.size())) : "o" + ids.size();
        }

        private double price(double around) {
            return switch (rnd.nextInt(60)) {
                case 0 -> Double.NaN;
                case 1 -> -around;
                case 2 -> 0;
                case 3 -> Double.POSITIVE_INFINITY;
                case 4 -> Double.MIN_VALUE;
                case 5 -> 1e300;
                default -> around;
            };
        }

        private double size() {
            return switch (rnd.nextInt(60)) {
                case 0 -> Double.NaN;
                case 1 -> -1;
                case 2 -> 0;
                case 3 -> Double.POSITIVE_INFINITY;
                case 4 -> 1e-300;
                case 5 -> 1e300;
                default -> 0.1 + rnd.nextDouble() * 3;
            };
        }
    }

    /** What a caller can see of the simulator. */
    private record State(long clock, List<Fill> fills, ExecutionStatistics statistics, Map<String, String> orders) {
        static State of(ExecutionSimulator sim, List<String> ids) {
            Map<String, String> orders = new LinkedHashMap<>();
            for (String id : ids) {
                try {
                    orders.put(id, sim.status(id) + " " + sim.remaining(id) + " " + sim.queueAhead(id));
                } catch (IllegalArgumentException unknown) {
                    orders.put(id, "unknown");
                }
            }
            return new State(sim.clockNanos(), List.copyOf(sim.fills()), sim.statistics(), orders);
        }
    }
}

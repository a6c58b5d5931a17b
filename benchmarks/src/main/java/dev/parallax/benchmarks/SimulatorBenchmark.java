package dev.parallax.benchmarks;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.ExecutionSimulator;
import dev.parallax.sim.core.FillListener;
import dev.parallax.sim.core.Retention;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Orders per second through the execution simulator with the default models: 100,000 orders (half
 * market, half limit one tick inside or at the touch) against a market that updates after every
 * order, so resting orders are re-checked as in a real run. Orders and snapshots are built before
 * the measurement. {@link #ordersThroughDefaultModels} keeps every order and fill, as the simulator
 * does by default; {@link #ordersKeepingOnlyWorkingOrders} runs the same input with
 * {@link Retention#WORKING_ONLY}, which is how a caller that takes its fills from a listener runs.
 *
 * <p>{@link #marketUpdatesWithRestingOrders} measures the other half of a run, market data: one
 * simulator, kept from one invocation to the next, with 102 limit orders resting on 102 price
 * levels, takes 100,000 snapshots per invocation. The touch moves over six levels per side and the
 * last trade alternates between the touches, so every update re-checks the crossed levels and
 * advances the queues at the touch; the displayed depth is so large that no order ever fills. Run
 * with {@code -prof gc} to see what a market update allocates.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SimulatorBenchmark {

    private static final int ORDERS = 100_000;

    private Order[] orders;
    private MarketConditions[] markets;

    /** Builds the orders and market snapshots. */
    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(7);
        orders = new Order[ORDERS];
        markets = new MarketConditions[ORDERS];
        double mid = 100;
        for (int i = 0; i < ORDERS; i++) {
            long t = i * 10_000_000L; // 10 ms apart
            mid *= Math.exp(0.0002 * r.nextGaussian());
            markets[i] = new MarketConditions("X", mid - 0.01, mid + 0.01, 1 + 4 * r.nextDouble(),
                    1 + 4 * r.nextDouble(), r.nextBoolean() ? mid - 0.01 : mid + 0.01, 50_000, 0.01, t);
            Side side = r.nextBoolean() ? Side.BUY : Side.SELL;
            orders[i] = i % 2 == 0 ? Order.market("o" + i, "X", side, 0.5 + r.nextDouble(), t)
                    : Order.limit("o" + i, "X", side, 0.5 + r.nextDouble(),
                            side == Side.BUY ? mid - 0.01 : mid + 0.01, t);
        }
    }

    /** One run of all orders through a fresh simulator that keeps every order and fill. */
    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public long ordersThroughDefaultModels() {
        return run(ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, 42, FillListener.NONE));
    }

    /** One run of all orders through a fresh simulator that forgets finished orders and keeps no fills. */
    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public long ordersKeepingOnlyWorkingOrders() {
        return run(ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, 42, FillListener.NONE, Retention.WORKING_ONLY));
    }

    /** One simulator with resting orders, fed snapshots that move its touch without filling anything. */
    @State(Scope.Thread)
    public static class RestingBook {

        private static final int UPDATES = 100_000;
        private static final double DEPTH = 1e12;

        private ExecutionSimulator simulator;
        private long timeNanos;

        /** Rests 51 buys from 99.00 to 99.50 and 51 sells from 100.50 to 101.00, then lets them all arrive. */
        @Setup
        public void setUp() {
            simulator = ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, 42, FillListener.NONE);
            for (int i = 0; i < 51; i++) {
                simulator.onMarket(snapshot(i % 6, 0));
                simulator.submit(Order.limit("b" + i, "X", Side.BUY, 1, 99.00 + i * 0.01, timeNanos));
                simulator.submit(Order.limit("s" + i, "X", Side.SELL, 1, 101.00 - i * 0.01, timeNanos));
                timeNanos += 10_000_000L;
            }
            for (int i = 0; i < 200; i++) {
                simulator.onMarket(snapshot(i % 6, i % 2));
                timeNanos += 10_000_000L;
            }
        }

        private MarketConditions snapshot(int step, int lastAtAsk) {
            double bid = 99.45 + step * 0.01;
            double ask = 100.55 - step * 0.01;
            return new MarketConditions("X", bid, ask, DEPTH, DEPTH, lastAtAsk == 1 ? ask : bid, 50_000, 0.01, timeNanos);
        }

        long feed() {
            for (int i = 0; i < UPDATES; i++) {
                simulator.onMarket(snapshot(i % 6, i & 1));
                timeNanos += 10_000_000L;
            }
            return simulator.statistics().fills();
        }

        /** The same snapshots, built and not fed: the feed's own cost, to subtract. */
        long buildOnly() {
            long sum = 0;
            for (int i = 0; i < UPDATES; i++) {
                sum += snapshot(i % 6, i & 1).timeNanos();
                timeNanos += 10_000_000L;
            }
            return sum;
        }
    }

    /**
     * Market updates per second with 102 orders resting, none of which fills. The snapshots are
     * built in the loop, as a data feed would build them; {@link #marketSnapshotsOnly} measures that
     * part alone.
     */
    @Benchmark
    @OperationsPerInvocation(RestingBook.UPDATES)
    public long marketUpdatesWithRestingOrders(RestingBook book) {
        return book.feed();
    }

    /** The snapshots of {@link #marketUpdatesWithRestingOrders} built and not fed: subtract its time and allocation. */
    @Benchmark
    @OperationsPerInvocation(RestingBook.UPDATES)
    public long marketSnapshotsOnly(RestingBook book) {
        return book.buildOnly();
    }

    private long run(ExecutionSimulator sim) {
        for (int i = 0; i < ORDERS; i++) {
            sim.onMarket(markets[i]);
            sim.submit(orders[i]);
        }
        return sim.statistics().fills();
    }
}

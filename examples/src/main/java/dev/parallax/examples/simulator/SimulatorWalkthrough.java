package dev.parallax.examples.simulator;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.ExecutionSimulator;
import dev.parallax.sim.core.ExecutionStatistics;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Runs the execution simulator with its default models over two minutes of a BTC/USD market
 * around 50,000 (bid 49,995 / ask 50,005 at the start) and prints each fill as the trader would
 * receive it, then the execution statistics.
 *
 * <p>Orders: a 1.0 limit buy at 50,000 (inside the spread, so it rests and waits for the market to
 * come to it), a 0.5 market buy, a 1.0 limit sell at 50,030, a 0.8 limit buy at 49,950 that is
 * cancelled before the market reaches it, and a 0.5 market sell.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && ./mvnw -B -q -pl examples exec:java}. Pass a seed as the
 * first argument to see another path; the same seed always prints the same fills.
 */
public final class SimulatorWalkthrough {

    private static final String SYMBOL = "BTC/USD";
    private static final long START = Instant.parse("2026-01-05T14:30:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private SimulatorWalkthrough() {
    }

    /** Entry point; the optional first argument is the seed (default 42). */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42L;
        ExecutionStatistics stats = run(seed, System.out);
        System.out.println();
        System.out.println("Execution statistics");
        System.out.println(stats);
    }

    /** Runs the walkthrough with {@code seed}, printing fills to {@code out}, and returns the statistics. */
    public static ExecutionStatistics run(long seed, PrintStream out) {
        ExecutionSimulator sim = ExecutionSimulator.seeded(ExecutionModels.DEFAULTS, seed, fill -> print(out, fill));
        SplittableRandom market = new SplittableRandom(seed ^ 0x5DEECE66DL);

        out.println("BTC/USD, default models, seed " + seed);
        double mid = 50_000.0;
        for (int second = 0; second <= 120; second++) {
            long t = START + second * SECOND;
            MarketConditions snapshot = snapshot(mid, market, t);
            sim.onMarket(snapshot);
            switch (second) {
                case 0 -> sim.submit(Order.limit("limit-buy-1", SYMBOL, Side.BUY, 1.0, 50_000.0, t));
                case 10 -> sim.submit(Order.market("market-buy-1", SYMBOL, Side.BUY, 0.5, t));
                case 20 -> sim.submit(Order.limit("limit-sell-1", SYMBOL, Side.SELL, 1.0, 50_030.0, t));
                case 30 -> sim.submit(Order.limit("limit-buy-2", SYMBOL, Side.BUY, 0.8, 49_950.0, t));
                case 60 -> sim.submit(Order.market("market-sell-1", SYMBOL, Side.SELL, 0.5, t));
                case 90 -> sim.cancel("limit-buy-2", t);
                default -> { }
            }
            // a drifting random walk: down for the first 40 seconds, then up
            mid += (second < 40 ? -0.6 : 1.2) + 2.5 * market.nextGaussian();
        }
        sim.advanceTo(START + 130 * SECOND);
        out.println();
        out.println("Order status: " + String.join(", ",
                status(sim, "limit-buy-1"), status(sim, "market-buy-1"), status(sim, "limit-sell-1"),
                status(sim, "limit-buy-2"), status(sim, "market-sell-1")));
        return sim.statistics();
    }

    private static MarketConditions snapshot(double mid, SplittableRandom random, long t) {
        double bid = Math.round(mid - 5.0);
        double ask = bid + 10.0;
        double last = random.nextBoolean() ? bid : ask;
        double bidSize = 1.0 + 3.0 * random.nextDouble();
        double askSize = 1.0 + 3.0 * random.nextDouble();
        return new MarketConditions(SYMBOL, bid, ask, bidSize, askSize, last, 120.0, 0.02, t);
    }

    private static String status(ExecutionSimulator sim, String id) {
        return id + " " + sim.status(id);
    }

    private static void print(PrintStream out, Fill fill) {
        out.printf(Locale.ROOT, "t+%6.3fs  %-13s %-4s %-10s %.4f @ %,.2f  fee %.4f  slippage %.2f bps  latency %.1f ms%s%n",
                (fill.timeNanos() - START) / 1e9, fill.orderId(), fill.side(), fill.fillType(), fill.size(),
                fill.price(), fill.fee(), fill.slippageBps(), fill.latencyMillis(), fill.partial() ? "  (partial)" : "");
    }
}

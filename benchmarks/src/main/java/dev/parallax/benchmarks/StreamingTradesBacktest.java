package dev.parallax.benchmarks;

import dev.parallax.adapters.data.TimestampFormat;
import dev.parallax.adapters.data.TradeCsvFormat;
import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A streaming backtest of a large trades CSV through the full event engine with the default
 * (realistic) execution models, to show that memory does not grow with the file. Run it with a
 * small heap:
 *
 * <pre>java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.parallax.benchmarks.StreamingTradesBacktest [rows]</pre>
 *
 * It writes a seeded file of {@code rows} trades (10,000,000 by default) to a temporary folder,
 * backtests a strategy that flips a one-unit position every 100,000 trades (fills not kept, one
 * equity point an hour), prints trades per second, the peak heap used and the result, and deletes
 * the file.
 */
public final class StreamingTradesBacktest {

    private StreamingTradesBacktest() {
    }

    /** Entry point; the optional first argument is the number of rows. */
    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path dir = Files.createTempDirectory("parallax-stream");
        Path file = dir.resolve("trades.csv");
        try {
            long w0 = System.nanoTime();
            TradesFile.write(file, rows, 7);
            System.out.printf(Locale.ROOT, "wrote %,d trades (%,d MB) in %.1f s%n", rows, Files.size(file) >> 20,
                    (System.nanoTime() - w0) / 1e9);
            Strategy flipper = new Strategy() {
                private long seen;

                @Override
                public void onTrade(TradeTick trade, StrategyContext ctx) {
                    if (++seen % 100_000 == 0) {
                        Side side = ctx.position("X") > 0 ? Side.SELL : Side.BUY;
                        ctx.submitMarket(ctx.nextOrderId("flip"), "X", side, 1);
                    }
                }
            };
            BacktestEngine engine = new BacktestEngine(BacktestConfig.builder()
                    .retention(3_600_000_000_000L, false).build());
            long t0 = System.nanoTime();
            BacktestResult r = engine.run(flipper,
                    TradeCsvFormat.of("X").withTimestamps(TimestampFormat.epochMillis()).open(file));
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "backtested %,d trades in %.1f s: %,.0f trades/s%n", r.events(), seconds,
                    r.events() / seconds);
            System.out.printf(Locale.ROOT, "max heap %d MB, peak heap used %d MB (sum of pool peaks)%n",
                    Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
            System.out.printf(Locale.ROOT, "orders %d, closed trades %d, final equity %.2f, fees %.2f%n",
                    r.execution().totalOrders(), r.trades().size(), r.finalEquity(), r.totalFees());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}

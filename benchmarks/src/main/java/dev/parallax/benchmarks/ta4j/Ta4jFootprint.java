package dev.parallax.benchmarks.ta4j;

import dev.parallax.backtest.BarExecution;
import dev.parallax.backtest.ColumnarBacktest;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.ColumnarConfig;
import dev.parallax.backtest.columnar.ColumnarSmaCross;
import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.backtest.result.ColumnarResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.Locale;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;

/**
 * Heap held per bar by the bars of {@link dev.parallax.benchmarks.SmaCrossBenchmark} in the columnar
 * engine and in ta4j, and whether the two runs of the SMA(5)/SMA(20) crossover agree:
 *
 * <pre>java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.parallax.benchmarks.ta4j.Ta4jFootprint [bars] [double|decimal]</pre>
 *
 * <p>Defaults: 5,000,000 bars, ta4j's {@code DoubleNum}. Heap held is the heap in use after
 * {@code System.gc()} (a full collection with the JVM's default collectors), read from
 * {@link MemoryMXBean}, after each step minus before it, divided by the bar count: the columnar
 * series; the ta4j series built from it; then what the ta4j strategy keeps after a run (its
 * indicators' caches, one value per bar per indicator, and the trading record). It then runs the
 * columnar engine and prints both engines' closed positions and how many have the same entry and
 * exit bars.
 */
public final class Ta4jFootprint {

    private Ta4jFootprint() {
    }

    /** Entry point; optional arguments: the number of bars, then {@code double} or {@code decimal}. */
    public static void main(String[] args) {
        int n = args.length > 0 ? bars(args[0]) : 5_000_000;
        String numbers = args.length > 1 ? args[1] : "double";
        long spacing = 60_000_000_000L;

        long before = heapUsedAfterGc();
        BarSeries columnar = SyntheticBars.generate("SYN", n, 42, spacing);
        long afterColumnar = heapUsedAfterGc();
        org.ta4j.core.BarSeries series = Ta4jSmaCross.series(columnar, Duration.ofMinutes(1),
                Ta4jSmaCross.numbers(numbers));
        long afterTa4j = heapUsedAfterGc();
        Strategy strategy = Ta4jSmaCross.strategy(series, 5, 20);
        TradingRecord record = Ta4jSmaCross.run(series, strategy);
        long afterRun = heapUsedAfterGc();

        System.out.printf(Locale.ROOT, "%,d bars; heap held per bar, after a full GC:%n", n);
        System.out.printf(Locale.ROOT, "  columnar BarSeries            %8.1f B%n", perBar(afterColumnar - before, n));
        System.out.printf(Locale.ROOT, "  ta4j BaseBarSeries (%s)  %8.1f B%n", numbers, perBar(afterTa4j - afterColumnar,
                n));
        System.out.printf(Locale.ROOT, "  ta4j strategy after a run     %8.1f B (indicator caches, trading record)%n",
                perBar(afterRun - afterTa4j, n));

        ColumnarResult result = new ColumnarBacktest(new ColumnarConfig(100_000, BarExecution.SIGNAL_BAR_CLOSE, 0, 0,
                false, false)).run(columnar, new ColumnarSmaCross(5, 20, false, 1));
        PositionMatch match = PositionMatch.of(result.trades(), record.getPositions(), spacing);
        System.out.printf(Locale.ROOT, "closed positions: columnar %,d, ta4j %,d; same entry and exit bar: %,d%n",
                match.columnar(), match.ta4j(), match.same());
        Reference.reachabilityFence(series);
        Reference.reachabilityFence(strategy);
    }

    private static int bars(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new IllegalArgumentException("bars must be a whole number > 0, was '" + text + "'");
    }

    private static double perBar(long bytes, int n) {
        return (double) bytes / n;
    }

    private static long heapUsedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}

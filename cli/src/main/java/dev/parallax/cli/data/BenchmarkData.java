package dev.parallax.cli.data;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.cli.CliException;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.report.Benchmark;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** Reads the price series a report measures a run against ({@link Benchmark}). */
public final class BenchmarkData {

    private BenchmarkData() {
    }

    /**
     * Buy and hold of the instrument a plan traded: the closes of its bars, read again from the data
     * the plan names, within its {@code --from}/{@code --to} window.
     *
     * @throws CliException if the data is gone or holds no bar in the window
     */
    public static Benchmark ofPlan(BacktestPlan plan) {
        DataSpec data = plan.data();
        DataSpec.Opened opened = data.open(false);
        try (TimeWindow window = new TimeWindow(opened.source(), plan.from(), plan.to(), data.windowShiftNanos())) {
            return read(window, "buy and hold " + data.symbol(), data.describe());
        }
    }

    /**
     * The closes of an OHLCV CSV file ({@code time,open,high,low,close,volume}, ISO times in UTC, each
     * time the bar's close), read strictly.
     *
     * @throws CliException if the file is missing, has a bad row, or holds no bar
     */
    public static Benchmark ofFile(Path file) {
        DataSpec spec = new DataSpec(Optional.of(file), DataFormat.OHLCV, "benchmark", Duration.ofMinutes(1),
                BadRowPolicy.STRICT, BarTime.CLOSE);
        try (MarketDataSource source = spec.open(false).source()) {
            return read(source, "buy and hold of " + file.getFileName(), file.toString());
        }
    }

    private static Benchmark read(MarketDataSource source, String name, String where) {
        Collector c = new Collector();
        while (source.hasNext()) {
            c.accept(source.next());
        }
        return c.benchmark(name).orElseThrow(() -> new CliException("the benchmark data " + where + " holds no bar"));
    }

    /** Keeps the close of every bar it is shown, in primitive arrays, for a buy-and-hold benchmark. */
    public static final class Collector {

        private long[] t = new long[1024];
        private double[] p = new double[1024];
        private int n;

        /** Keeps {@code event}'s close when it is a bar. */
        public void accept(MarketEvent event) {
            if (event instanceof Bar b) {
                if (n == t.length) {
                    t = Arrays.copyOf(t, n * 2);
                    p = Arrays.copyOf(p, n * 2);
                }
                t[n] = Math.floorDiv(b.timeNanos(), 1_000_000L);
                p[n] = b.close();
                n++;
            }
        }

        /** The closes kept so far as a benchmark called {@code name}; empty when no bar was seen. */
        public Optional<Benchmark> benchmark(String name) {
            return n == 0 ? Optional.empty() : Optional.of(new Benchmark(name, Arrays.copyOf(t, n), Arrays.copyOf(p, n)));
        }
    }
}

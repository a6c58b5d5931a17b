package dev.parallax.benchmarks;

import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.BarExecution;
import dev.parallax.backtest.ColumnarBacktest;
import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.ColumnarConfig;
import dev.parallax.backtest.columnar.ColumnarSmaCross;
import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.ColumnarResult;
import dev.parallax.backtest.strategy.SmaCrossStrategy;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.fee.ZeroFeeModel;
import dev.parallax.sim.core.fill.LiquidityLimitedFillModel;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import dev.parallax.sim.core.queue.MarketConditionsQueueModel;
import dev.parallax.sim.core.slippage.ZeroSlippageModel;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SMA(5)/SMA(20) long-only crossover, one unit, fill at the signal bar's close, zero costs,
 * over bars from the published {@link SyntheticBars} recipe (seed 42; one-minute spacing so 5
 * million bars fit in epoch nanoseconds; prices do not depend on the spacing).
 *
 * <p>{@code columnar}: the columnar engine over 5,000,000 bars. {@code eventEngine}: the full event
 * engine (simulator, portfolio, equity curve) over 200,000 bars. Divide the bar count by the time
 * per operation for bars per second.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SmaCrossBenchmark {

    private static final ExecutionModels FRICTIONLESS = new ExecutionModels(ZeroFeeModel.INSTANCE,
            ConstantLatencyModel.ZERO, ZeroSlippageModel.INSTANCE, MarketConditionsQueueModel.DEFAULT,
            LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY);

    @Param("5000000")
    public int columnarBars;

    /** Whether the event engine delays market data by a draw of the latency model (zero here, but the delivery queue runs). */
    @Param("true")
    public boolean marketDataLatency;

    @Param("200000")
    public int eventBars;

    private BarSeries series;
    private Bar[] eventData;
    private ColumnarBacktest columnar;
    private BacktestEngine engine;

    /** Generates the bars once. */
    @Setup
    public void setUp() {
        series = SyntheticBars.generate("SYN", columnarBars, 42, 60_000_000_000L);
        eventData = new Bar[eventBars];
        for (int i = 0; i < eventBars; i++) {
            eventData[i] = series.bar(i);
        }
        columnar = new ColumnarBacktest(new ColumnarConfig(100_000, BarExecution.SIGNAL_BAR_CLOSE, 0, 0, false,
                false));
        engine = new BacktestEngine(BacktestConfig.builder().models(() -> FRICTIONLESS).barSpreadBps(0)
                .barExecution(BarExecution.SIGNAL_BAR_CLOSE).retention(0, false).marketDataLatency(marketDataLatency)
                .build());
    }

    /** The columnar engine over every bar. */
    @Benchmark
    public ColumnarResult columnar() {
        return columnar.run(series, new ColumnarSmaCross(5, 20, false, 1));
    }

    /** The event engine over the first {@code eventBars} bars. */
    @Benchmark
    public BacktestResult eventEngine() {
        return engine.run(new SmaCrossStrategy("SYN", 5, 20, false, PositionSizing.fixedUnits(1)),
                MarketDataSource.of(Arrays.<MarketEvent>asList(eventData)));
    }
}

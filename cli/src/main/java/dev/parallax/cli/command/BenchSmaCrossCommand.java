package dev.parallax.cli.command;

import dev.parallax.cli.UsageException;
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
import dev.parallax.cli.CliException;
import dev.parallax.cli.CommonOptions;
import dev.parallax.cli.ExitCodes;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.fee.ZeroFeeModel;
import dev.parallax.sim.core.fill.LiquidityLimitedFillModel;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import dev.parallax.sim.core.queue.MarketConditionsQueueModel;
import dev.parallax.sim.core.slippage.ZeroSlippageModel;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax bench sma-cross}: bars per second of the SMA crossover on synthetic bars. */
@Command(name = "sma-cross", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times the SMA(5)/SMA(20) long-only crossover, one unit, filled at the signal bar's close with "
                + "zero costs, over bars from the published SyntheticBars recipe, and prints bars per second (median "
                + "of the timed runs after warm-up runs), the number of closed positions and the total P&L.",
                "Bars are one day apart while N days fit in epoch nanoseconds (up to about 95,000 bars), otherwise one "
                        + "minute apart (so the default 5,000,000 bars fit); prices do not depend on the spacing.",
                "--engine columnar (default) runs ColumnarBacktest; --engine event runs the full BacktestEngine "
                        + "(simulator, portfolio, equity curve) with frictionless models."},
        footerHeading = "%nExamples:%n",
        footer = {"  parallax bench sma-cross", "  parallax bench sma-cross --bars 200000 --engine event --runs 3"})
public final class BenchSmaCrossCommand implements Callable<Integer> {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    /** The most bars one minute apart from the recipe's start that epoch nanoseconds hold. */
    static final long MAX_BARS = (Long.MAX_VALUE - SyntheticBars.START_NANOS) / MINUTE_NANOS;
    /** The most timed runs, whose times are kept to take their median. */
    static final int MAX_RUNS = 10_000;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--bars", paramLabel = "N", defaultValue = "5000000", description = "Bars to generate (default: ${DEFAULT-VALUE}).")
    int bars;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the bars (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2", description = "Warm-up runs, not timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "columnar",
            description = "columnar or event (default: ${DEFAULT-VALUE}).")
    String engine;

    @Override
    public Integer call() {
        if (bars < 21) {
            throw new UsageException("--bars must be at least 21 (the slow average needs 20), was " + bars);
        }
        if (bars > MAX_BARS) {
            throw new UsageException("--bars must be at most " + MAX_BARS + " (one-minute bars from 2000-01-01 reach the "
                    + "end of epoch nanoseconds in 2262), was " + bars);
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw new UsageException("--runs must be between 1 and " + MAX_RUNS + ", was " + runs);
        }
        if (warmup < 0) {
            throw new UsageException("--warmup must be >= 0, was " + warmup);
        }
        boolean event = switch (engine.toLowerCase(Locale.ROOT)) {
            case "columnar" -> false;
            case "event" -> true;
            default -> throw new UsageException("--engine must be columnar or event, was '" + engine + "'");
        };
        long spacing = spacing(bars);
        PrintWriter out = spec.commandLine().getOut();
        BarSeries series = SyntheticBars.generate("SYN", bars, seed, spacing);
        out.println("sma-cross on " + bars + " synthetic bars (seed " + seed + ", "
                + (spacing == SyntheticBars.DAY_NANOS ? "daily" : "one-minute") + " spacing), " + engine + " engine, "
                + warmup + " warm-up + " + runs + " timed runs");
        double[] seconds = new double[runs];
        long trades = 0;
        double pnl = 0;
        for (int r = -warmup; r < runs; r++) {
            long t0 = System.nanoTime();
            double[] outcome = event ? runEvent(series) : runColumnar(series);
            long elapsed = System.nanoTime() - t0;
            if (r >= 0) {
                seconds[r] = elapsed / 1e9;
            }
            trades = (long) outcome[0];
            pnl = outcome[1];
        }
        Arrays.sort(seconds);
        double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
        out.println(String.format(Locale.ROOT, "median %.3f s per run: %,.0f bars/s", median, bars / median));
        out.println(String.format(Locale.ROOT, "closed positions %d, total P&L %.4f", trades, pnl));
        return ExitCodes.OK;
    }

    /** Daily spacing while the bars fit in epoch nanoseconds, one minute otherwise. */
    static long spacing(int n) {
        return (double) SyntheticBars.START_NANOS + (double) n * SyntheticBars.DAY_NANOS < Long.MAX_VALUE * 0.999
                ? SyntheticBars.DAY_NANOS : MINUTE_NANOS;
    }

    private static double[] runColumnar(BarSeries series) {
        ColumnarResult r = new ColumnarBacktest(new ColumnarConfig(100_000, BarExecution.SIGNAL_BAR_CLOSE, 0, 0, false,
                false)).run(series, new ColumnarSmaCross(5, 20, false, 1));
        return new double[] {r.trades().size(), r.closedPnl()};
    }

    private static double[] runEvent(BarSeries series) {
        ExecutionModels frictionless = new ExecutionModels(ZeroFeeModel.INSTANCE, ConstantLatencyModel.ZERO,
                ZeroSlippageModel.INSTANCE, MarketConditionsQueueModel.DEFAULT, LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY);
        BacktestEngine engine = new BacktestEngine(BacktestConfig.builder().models(() -> frictionless).barSpreadBps(0)
                .barExecution(BarExecution.SIGNAL_BAR_CLOSE).retention(0, false).build());
        BacktestResult r = engine.run(new SmaCrossStrategy("SYN", 5, 20, false, PositionSizing.fixedUnits(1)),
                series.events());
        double pnl = r.trades().stream().mapToDouble(t -> t.netPnl()).sum();
        return new double[] {r.trades().size(), pnl};
    }
}

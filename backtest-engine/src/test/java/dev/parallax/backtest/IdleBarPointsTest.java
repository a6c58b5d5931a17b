package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestJson;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.strategy.SmaCrossStrategy;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.fee.ZeroFeeModel;
import dev.parallax.sim.core.fill.LiquidityLimitedFillModel;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import dev.parallax.sim.core.queue.MarketConditionsQueueModel;
import dev.parallax.sim.core.slippage.ZeroSlippageModel;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine leaves out the points of a bar's path the simulator does not need (it is idle for the
 * symbol: nothing in flight, nothing working) and holds an idle symbol's close back until something
 * else reaches the simulator. These runs show that the results are byte for byte those of a run
 * that shows every point at once, with the default realistic models (latency from 5 ms to over a
 * second with spikes) and with frictionless ones (no latency), market, limit and cancelled orders,
 * two symbols, a symbol of bars beside one of trades, and bars shorter than the latency as well as
 * daily ones.
 */
class IdleBarPointsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long DAY = 86_400L * SECOND;

    /** Orders at random: market and limit, both sides, some cancelled a bar later. */
    private static Strategy randomOrders(long seed) {
        return new Strategy() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private final List<String> open = new ArrayList<>();

            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                if (!open.isEmpty() && random.nextInt(3) == 0) {
                    ctx.cancel(open.remove(random.nextInt(open.size())));
                }
                int pick = random.nextInt(10);
                Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                double size = 1 + random.nextInt(5);
                String id = ctx.nextOrderId(bar.symbol());
                if (pick < 2) {
                    ctx.submitMarket(id, bar.symbol(), side, size);
                } else if (pick < 5) {
                    double away = (side == Side.BUY ? -1 : 1) * random.nextDouble() * 0.004;
                    ctx.submitLimit(id, bar.symbol(), side, size, bar.close() * (1 + away));
                    open.add(id);
                }
            }
        };
    }

    private static List<Bar> bars(String symbol, int n, long seed, long spacing) {
        List<Bar> daily = RandomBars.walk(symbol, n, seed);
        List<Bar> out = new ArrayList<>(n);
        long first = daily.get(0).timeNanos();
        for (int i = 0; i < n; i++) {
            Bar b = daily.get(i);
            out.add(new Bar(symbol, first + i * spacing, b.open(), b.high(), b.low(), b.close(), b.volume()));
        }
        return out;
    }

    /** Trades of {@code symbol} on a random walk, {@code spacing} apart, starting half a spacing after the bars of {@link #bars}. */
    private static List<TradeTick> trades(String symbol, int n, long seed, long spacing) {
        List<Bar> walk = RandomBars.walk(symbol, n, seed);
        List<TradeTick> out = new ArrayList<>(n);
        long first = walk.get(0).timeNanos() + spacing / 2;
        for (int i = 0; i < n; i++) {
            out.add(new TradeTick(symbol, first + i * spacing, walk.get(i).close(), 1 + i % 7, Aggressor.UNKNOWN));
        }
        return out;
    }

    private record Outcome(byte[] json, long snapshots, BacktestResult result) {
    }

    private static Outcome run(BacktestConfig config, Strategy strategy, List<? extends List<? extends MarketEvent>> data,
                               boolean skip)
            throws IOException {
        BacktestEngine engine = new BacktestEngine(config);
        BacktestRun run = new BacktestRun(config, strategy, EngineObserver.NONE, skip);
        List<MarketDataSource> sources = new ArrayList<>();
        for (List<? extends MarketEvent> events : data) {
            sources.add(MarketDataSource.of(events));
        }
        BacktestResult result = engine.execute(run, sources);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BacktestJson.write(result, out);
        return new Outcome(out.toByteArray(), run.snapshotsFed(), result);
    }

    private static void assertSameResults(BacktestConfig config, Supplier<Strategy> strategy,
                                          List<? extends List<? extends MarketEvent>> data)
            throws IOException {
        Outcome every = run(config, strategy.get(), data, false);
        Outcome skipping = run(config, strategy.get(), data, true);
        assertArrayEquals(every.json(), skipping.json());
        assertTrue(skipping.snapshots() < every.snapshots(),
                "no point was left out: " + skipping.snapshots() + " of " + every.snapshots());
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void dailyBarsOfTwoSymbolsGiveTheSameResults(BarExecution execution) throws IOException {
        BacktestConfig config = BacktestConfig.builder().barExecution(execution).retention(0, true).build();
        for (long seed = 1; seed <= 3; seed++) {
            long s = seed;
            assertSameResults(config, () -> randomOrders(s),
                    List.of(bars("A", 400, seed, DAY), bars("B", 400, seed + 10, DAY)));
        }
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void barsShorterThanTheLatencyGiveTheSameResults(BarExecution execution) throws IOException {
        BacktestConfig config = BacktestConfig.builder().barExecution(execution).retention(0, true).build();
        for (long seed = 1; seed <= 3; seed++) {
            // 100 ms and 300 ms bars: orders and notifications (5 ms to over a second) span several bars
            long s = seed;
            assertSameResults(config, () -> randomOrders(s),
                    List.of(bars("A", 3_000, seed, SECOND / 10), bars("B", 1_000, seed + 10, 3 * SECOND / 10)));
        }
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void theSmaCrossoverGivesTheSameResults(BarExecution execution) throws IOException {
        BacktestConfig config = BacktestConfig.builder().barExecution(execution).retention(0, true).build();
        assertSameResults(config, () -> new SmaCrossStrategy("X", 5, 20, true, PositionSizing.fixedUnits(1)),
                List.of(bars("X", 2_000, 5, DAY)));
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void theSmaCrossoverWithoutFrictionGivesTheSameResults(BarExecution execution) throws IOException {
        // the benchmark's models: no latency, so the simulator is idle again as soon as an order fills
        ExecutionModels frictionless = new ExecutionModels(ZeroFeeModel.INSTANCE, ConstantLatencyModel.ZERO,
                ZeroSlippageModel.INSTANCE, MarketConditionsQueueModel.DEFAULT,
                LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY);
        BacktestConfig config = BacktestConfig.builder().models(() -> frictionless).barExecution(execution)
                .retention(0, true).build();
        assertSameResults(config, () -> new SmaCrossStrategy("X", 5, 20, false, PositionSizing.fixedUnits(1)),
                List.of(bars("X", 2_000, 5, DAY)));
        assertSameResults(config, () -> randomOrders(9), List.of(bars("A", 400, 9, DAY), bars("B", 400, 19, DAY)));
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void barsBesideTradesGiveTheSameResults(BarExecution execution) throws IOException {
        BacktestConfig config = BacktestConfig.builder().barExecution(execution).retention(0, true).build();
        for (long seed = 1; seed <= 3; seed++) {
            long s = seed;
            // a symbol of 1 s bars beside one of trades every 700 ms: the held closes of A must reach
            // the simulator before each trade of T moves its clock
            assertSameResults(config, () -> randomOrders(s),
                    List.of(bars("A", 1_500, seed, SECOND), trades("T", 2_000, seed + 20, 7 * SECOND / 10)));
        }
    }

    @Test
    void anOrderHeldForTheNextOpenCostsOneSnapshotTheOpens() throws IOException {
        // frictionless: the order fills on arrival at the open of bar 3, and the simulator is idle
        // before and after; the close of bar 2, held back, is replaced by that open, never built
        ExecutionModels frictionless = new ExecutionModels(ZeroFeeModel.INSTANCE, ConstantLatencyModel.ZERO,
                ZeroSlippageModel.INSTANCE, MarketConditionsQueueModel.DEFAULT,
                LiquidityLimitedFillModel.DISPLAYED_SIZE_ONLY);
        BacktestConfig config = BacktestConfig.builder().models(() -> frictionless)
                .barExecution(BarExecution.NEXT_BAR_OPEN).retention(0, true).build();
        Supplier<Strategy> buyOnBarTwo = () -> new Strategy() {
            private int n;

            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                if (++n == 2) {
                    ctx.submitMarket("b", "X", Side.BUY, 1);
                }
            }
        };
        List<Bar> bars = bars("X", 6, 3, DAY);
        Outcome skipping = run(config, buyOnBarTwo.get(), List.of(bars), true);
        assertEquals(1, skipping.snapshots());
        assertArrayEquals(run(config, buyOnBarTwo.get(), List.of(bars), false).json(), skipping.json());
        assertEquals(1, skipping.result().fills().size());
        assertEquals(bars.get(2).open() * (1 + 1e-4), skipping.result().fills().get(0).price(), 1e-9); // the ask
    }
}

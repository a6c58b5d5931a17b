package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import dev.parallax.sim.core.ModelChoice;
import dev.parallax.sim.core.SimulatorConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreshModelsPerRunTest {

    /** Buys 50 on one bar and sells them on the next: 5,000 of notional a fill at price 100. */
    private static Strategy roundTrips() {
        return new Strategy() {
            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                Side side = ctx.position("X") > 0 ? Side.SELL : Side.BUY;
                ctx.submitMarket(ctx.nextOrderId("o"), "X", side, 50);
            }
        };
    }

    private static List<Bar> flatBars() {
        List<Bar> bars = new ArrayList<>();
        for (int day = 1; day <= 20; day++) {
            bars.add(TestData.day("X", day, 100, 100, 100, 100));
        }
        return bars;
    }

    @Test
    void oneEngineRunTwiceWithATieredFeeModelGivesIdenticalResults() {
        // binance-spot tiers on the trailing 30-day volume; volume_scale 1000 makes each 5,000 fill count
        // as 5M, so the tier (and the fee) changes within the first run: state a shared model would keep
        SimulatorConfig choices = SimulatorConfig.builder()
                .fee(ModelChoice.of("binance-spot", "volume_scale", "1000")).build();
        BacktestEngine engine = new BacktestEngine(BacktestConfig.builder().simulator(choices).build());

        BacktestResult first = engine.run(roundTrips(), MarketDataSource.of(flatBars()));
        BacktestResult second = engine.run(roundTrips(), MarketDataSource.of(flatBars()));

        assertNotEquals(first.fills().get(0).fee() / first.fills().get(0).size(),
                first.fills().get(first.fills().size() - 1).fee() / first.fills().get(first.fills().size() - 1).size(),
                "the fee rate must change within a run, or the test proves nothing");
        assertEquals(first.totalFees(), second.totalFees(), 0.0);
        assertEquals(first.fills(), second.fills());
        assertArrayEquals(first.equity().values(), second.equity().values());
        assertEquals(first.finalEquity(), second.finalEquity(), 0.0);
    }

    @Test
    void aFactoryIsAskedForNewModelsOnEveryRun() {
        int[] calls = new int[1];
        BacktestEngine engine = new BacktestEngine(BacktestConfig.builder().models(() -> {
            calls[0]++;
            return TestData.FRICTIONLESS;
        }).build());
        engine.run(roundTrips(), MarketDataSource.of(flatBars()));
        engine.run(roundTrips(), MarketDataSource.of(flatBars()));
        assertEquals(2, calls[0]);
    }
}

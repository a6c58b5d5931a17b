package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityHookTest {

    @TempDir
    Path folder;

    @Test
    void everyCompletedOrderIsRecordedAsTheBacktestSideOfItsTrade() {
        ParitySettings settings = ParitySettings.builder().dataFolder(folder.resolve("parity"))
                .alertLogFolder(folder.resolve("logs")).build();
        ParityTracker tracker = ParityTrackerRegistry.create(settings).tracker("scripted");
        Strategy strategy = new Strategy() {
            private int n;

            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                n++;
                if (n == 1) {
                    ctx.submitMarket("trade-1", "X", Side.BUY, 3);
                } else if (n == 2) {
                    ctx.submitMarket("trade-2", "X", Side.SELL, 3);
                }
            }
        };
        BacktestConfig config = BacktestConfig.builder().models(() -> TestData.TEN_BPS).barSpreadBps(0)
                .parityTracker(tracker).build();
        new BacktestEngine(config).run(strategy, MarketDataSource.of(List.of(TestData.day("X", 1, 100, 101, 99, 100),
                TestData.day("X", 2, 102, 103, 101, 102), TestData.day("X", 3, 104, 105, 103, 104))));
        assertEquals(List.of("trade-1", "trade-2"), tracker.unmatched().backtestOnly());
        // the live fill of trade-1 came 10.2 above the backtest's 102 (bar 2's open): 10.2 / 102 * 1e4 = +1,000 bps
        tracker.recordLive(new Fill("trade-1", "X", Side.BUY, 112.2, 1, 0.3, FillType.TAKER, 100_000_000, 0,
                Instant.parse("2024-01-03T03:00:01Z").getEpochSecond() * 1_000_000_000L, false));
        assertEquals(102.0, tracker.trade("trade-1").orElseThrow().backtest().price(), 1e-9);
        assertEquals(1_000.0, tracker.trade("trade-1").orElseThrow().priceDifferenceBps(), 1e-9);
        assertEquals(List.of("trade-2"), tracker.unmatched().backtestOnly());
    }
}

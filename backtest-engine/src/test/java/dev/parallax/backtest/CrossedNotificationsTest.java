package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.spi.FillModel;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fill notifications travel with their own latencies, so a fill can reach the engine after one
 * that happened later at the venue. The engine applies fills in the order they are notified; these
 * cases pin what that means for round trips and for the parity record of an order.
 */
class CrossedNotificationsTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 1_700_000_000_000_000_000L;

    @TempDir
    Path folder;

    /** No submit latency; fill notifications take the given delays in turn. */
    private static LatencyModel notifications(long... millis) {
        return new LatencyModel() {
            private int next;

            @Override
            public long sampleNanos(LatencyKind kind, java.util.random.RandomGenerator rng) {
                return kind == LatencyKind.FILL_NOTIFICATION ? millis[next++ % millis.length] * MS : 0L;
            }
        };
    }

    private static List<Bar> bars(int n, long spacingMillis) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double p = 100 + i;
            bars.add(new Bar("X", T0 + i * spacingMillis * MS, p, p + 0.5, p - 0.5, p, 1_000));
        }
        return bars;
    }

    @Test
    void aTripClosedByAFillThatHappenedEarlierEndsWhenItBegan() {
        // the buy fills at bar 1's close and is notified 500 ms later; the sell fills 100 ms after
        // the buy and is notified after 10 ms, first: the engine opens a short with the sell and
        // closes it with the buy, whose venue time is earlier
        Strategy strategy = new Strategy() {
            private int n;

            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                n++;
                if (n == 1) {
                    ctx.submitMarket("buy", "X", Side.BUY, 1);
                } else if (n == 2) {
                    ctx.submitMarket("sell", "X", Side.SELL, 1);
                }
            }
        };
        BacktestConfig config = BacktestConfig.builder()
                .models(() -> TestData.FRICTIONLESS.toBuilder().latency(notifications(500, 10)).build())
                .barSpreadBps(0).barExecution(BarExecution.SIGNAL_BAR_CLOSE).account(TestData.MARGIN).build();
        BacktestResult result = new BacktestEngine(config).run(strategy, MarketDataSource.of(bars(20, 100)));
        assertEquals(1, result.trades().size());
        TradeRecord trip = result.trades().get(0);
        assertEquals(Side.SELL, trip.direction());
        assertEquals(T0 + 100 * MS, trip.entryTimeNanos());
        assertEquals(trip.entryTimeNanos(), trip.exitTimeNanos());
        // sold at 101, bought back at 100
        assertEquals(1.0, trip.netPnl(), 1e-12);
    }

    @Test
    void anOrderIsRecordedForParityWithAllItsFillsWhenTheLastIsNotifiedFirst() {
        ParitySettings settings = ParitySettings.builder().dataFolder(folder.resolve("parity"))
                .alertLogFolder(folder.resolve("logs")).build();
        ParityTracker tracker = ParityTrackerRegistry.create(settings).tracker("crossed");
        // half of the order fills on arrival, the rest at the next snapshot; the first half is
        // notified after 500 ms, the second after 10 ms
        FillModel halves = (order, type, remaining, available, market, rng) ->
                remaining == order.size() ? remaining / 2 : remaining;
        Strategy strategy = new Strategy() {
            private boolean sent;

            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                if (!sent) {
                    ctx.submitMarket("split", "X", Side.BUY, 4);
                    sent = true;
                }
            }
        };
        BacktestConfig config = BacktestConfig.builder().models(() -> TestData.FRICTIONLESS
                        .toBuilder().latency(notifications(500, 10)).fill(halves).build())
                .barSpreadBps(0).barExecution(BarExecution.SIGNAL_BAR_CLOSE).parityTracker(tracker).build();
        new BacktestEngine(config).run(strategy, MarketDataSource.of(bars(20, 100)));
        assertEquals(List.of("split"), tracker.unmatched().backtestOnly());
        tracker.recordLive(new Fill("split", "X", Side.BUY, 100.5, 4, 0, FillType.TAKER, 100_000_000, 0,
                1_700_000_001_000_000_000L, false));
        var execution = tracker.trade("split").orElseThrow().backtest();
        assertEquals(4.0, execution.size(), 0.0);
        // 2 at bar 1's close (100), 2 at the snapshot 25 ms into bar 2 (its open, 101)
        assertEquals(100.5, execution.price(), 1e-12);
    }
}

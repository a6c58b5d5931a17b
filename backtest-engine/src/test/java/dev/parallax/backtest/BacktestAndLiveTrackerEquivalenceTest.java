package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.ledger.PositionMode;
import dev.parallax.live.AccountFigures;
import dev.parallax.live.LiveExecution;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.PriceMark;
import dev.parallax.live.RiskLimits;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import dev.parallax.sim.core.fill.LiquidityLimitedFillModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real backtest ({@link StrategyRunner} on AAPL's daily bars of 2013) whose strategy flips between
 * long and short with market orders that fill in parts (at most a share of the volume per fill), fed
 * execution by execution to a live tracker on SQLite through an {@link ExecutionListener}, with each
 * bar's close marked in it and the tracker reopened halfway: the account's figures, positions,
 * closed trades and trade statistics of the two are the same bits, in each {@link PositionMode}.
 */
class BacktestAndLiveTrackerEquivalenceTest {

    @TempDir
    Path dir;

    /** Holds +40 or -40 shares, flipping every seven bars; one order at a time. */
    private static final class Flipper implements Strategy {
        private int bars;
        private int orders;
        private String working = "";

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            bars++;
            if (!working.isEmpty() && context.isOpen(working)) {
                return;
            }
            double target = (bars / 7) % 2 == 0 ? 40 : -40;
            double delta = target - context.position(bar.symbol());
            if (Math.abs(delta) > 1e-9) {
                working = "f" + ++orders;
                context.submitMarket(working, bar.symbol(), delta > 0 ? Side.BUY : Side.SELL, Math.abs(delta));
            }
        }
    }

    /** The live side: a tracker fed every execution, numbered within its order, and every bar's close. */
    private final class LiveSide implements ExecutionListener, EngineObserver {
        private final PositionMode mode;
        private final Map<String, Integer> fillsOfOrder = new HashMap<>();
        private final int reopenAfter;
        private LiveExecutionTracker tracker;
        private int executions;

        LiveSide(PositionMode mode, int reopenAfter) {
            this.mode = mode;
            this.reopenAfter = reopenAfter;
            this.tracker = open();
        }

        private LiveExecutionTracker open() {
            LiveTrackerSettings settings = LiveTrackerSettings.builder("engine-" + mode, dir, 100_000)
                    .limits(new RiskLimits(1, 1)).positionMode(mode).build();
            return LiveExecutionTracker.builder(settings).alertSinks(List.of()).snapshotEvery(25)
                    .clock(Clock.fixed(Instant.parse("2014-06-01T00:00:00Z"), ZoneOffset.UTC)).open();
        }

        @Override
        public void onExecution(Fill fill, AccountView account) {
            tracker.recordExecution(new LiveExecution(fill, fillsOfOrder.merge(fill.orderId(), 1, Integer::sum)));
            if (++executions == reopenAfter) {
                tracker.close(); // halfway, the books come back from the store
                tracker = open();
            }
        }

        @Override
        public void afterEvent(dev.parallax.sim.api.data.MarketEvent event, AccountView account) {
            if (event instanceof Bar bar) {
                tracker.mark(new PriceMark(bar.symbol(), bar.close(), Instant.ofEpochSecond(0, bar.timeNanos())));
            }
        }
    }

    private BacktestResult run(PositionMode mode, LiveSide live) throws IOException {
        BacktestConfig config = BacktestConfig.builder().initialCash(100_000).account(TestData.MARGIN)
                .models(() -> TestData.TEN_BPS.toBuilder().fill(new LiquidityLimitedFillModel(0.0005)).build())
                .positionMode(mode).build();
        return StrategyRunner.builder(config).executions(live).observer(live).build()
                .run(new Flipper(), MarketDataSource.of(TestData.appleDaily2013()));
    }

    private static void assertSameAccount(BacktestResult backtest, LiveExecutionTracker live) {
        AccountFigures account = live.account();
        assertEquals(backtest.totalFees(), account.fees(), 0.0);
        assertEquals(backtest.realizedPnl() - backtest.totalFees(), account.realizedPnl(), 0.0);
        assertEquals(backtest.unrealizedPnl(), account.unrealizedPnl(), 0.0);
        assertEquals(backtest.finalEquity(), account.equity(), 0.0);
        assertEquals(backtest.openPositions().getOrDefault("AAPL", 0.0), live.position("AAPL"), 0.0);
        List<dev.parallax.metrics.ClosedTrade> closed = backtest.trades().stream().map(TradeRecord::toClosedTrade)
                .toList();
        assertTrue(closed.size() > 10, closed.size() + " closed trades");
        assertEquals(TradeStats.of(closed), live.performance().trades());
    }

    /** The run must flip and fill orders in parts, or it proves little. */
    private static void assertFlipsInParts(BacktestResult backtest) {
        long partial = backtest.fills().stream().filter(Fill::partial).count();
        assertTrue(partial > 300, partial + " partial fills");
        long orders = backtest.fills().stream().map(Fill::orderId).distinct().count();
        assertTrue(orders > 10, orders + " orders");
    }

    /** Runs the backtest in {@code mode} with its live side, checks the books, then {@code more}. */
    private void runAndCompare(PositionMode mode, BiConsumer<BacktestResult, LiveExecutionTracker> more)
            throws IOException {
        LiveSide live = new LiveSide(mode, 300);
        try {
            BacktestResult backtest = run(mode, live);
            assertFlipsInParts(backtest);
            assertSameAccount(backtest, live.tracker);
            more.accept(backtest, live.tracker);
        } finally {
            live.tracker.close();
        }
    }

    @Test
    void aPerTradeBacktestAndTheLiveTrackerFedItsExecutionsHaveTheSameBooks() throws IOException {
        runAndCompare(PositionMode.PER_TRADE, (backtest, live) -> {
            List<dev.parallax.live.TradeRecord> liveClosed = live.trades().stream()
                    .filter(dev.parallax.live.TradeRecord::closed)
                    .sorted(Comparator.comparing(t -> t.lastExitTime().orElseThrow())).toList();
            assertEquals(backtest.trades().size(), liveClosed.size());
            for (int i = 0; i < liveClosed.size(); i++) {
                TradeRecord b = backtest.trades().get(i);
                dev.parallax.live.TradeRecord l = liveClosed.get(i);
                String what = "closed trade " + i + " " + l.tradeId();
                assertEquals(Instant.ofEpochSecond(0, b.entryTimeNanos()), l.entryTime(), what);
                assertEquals(b.entryPrice(), l.entryPrice(), 0.0, what);
                assertEquals(b.exitPrice(), l.averageExitPrice(), 0.0, what);
                assertEquals(b.size(), l.entrySize(), 0.0, what);
                assertEquals(b.fees(), l.fees(), 0.0, what);
                assertEquals(b.netPnl(), l.realizedPnl(), 0.0, what);
            }
        });
    }

    @Test
    void aNettingBacktestAndTheLiveTrackerFedItsExecutionsHaveTheSameBooks() throws IOException {
        runAndCompare(PositionMode.NETTING, (backtest, live) -> { });
    }
}

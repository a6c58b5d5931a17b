package dev.parallax.cli.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.adapters.data.BadRowPolicy;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.EngineObserver;
import dev.parallax.backtest.RunClock;
import dev.parallax.backtest.StrategyRunner;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.cli.backtest.BacktestRunner;
import dev.parallax.cli.data.BundledData;
import dev.parallax.cli.data.DataFormat;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.cli.demo.DemoSetup;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.RiskEventKind;
import dev.parallax.live.RiskLimits;
import dev.parallax.live.TradeRecord;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParitySettings;
import dev.parallax.parity.ParityThresholds;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.ParityTrackerRegistry;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper session on the historical clock over recorded bars, as the demo runs its live half: the
 * live venue's models and seed, the runner's hooks, the live tracker and the parity tracker.
 */
class PaperSessionTest {

    private static final DataSpec DATA = new DataSpec(Optional.empty(), DataFormat.TRADES, BundledData.SYMBOL,
            Duration.ofMinutes(5), BadRowPolicy.LENIENT);
    /** The first two and a half days of the bundled trades as 5-minute bars. */
    private static final List<Bar> BARS = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void readBars() {
        try (MarketDataSource source = DATA.open().source()) {
            while (source.hasNext() && BARS.size() < 720) {
                MarketEvent e = source.next();
                if (e instanceof Bar b) {
                    BARS.add(b);
                }
            }
        }
    }

    /** A registry in {@code dir} whose trackers judge by {@code thresholds}, days in UTC. */
    private ParityTrackerRegistry registry(ParityThresholds thresholds) {
        return new ParityTrackerRegistry(ParitySettings.builder().dataFolder(dir.resolve("parity"))
                .alertLogFolder(dir.resolve("logs")).limits(new ParityLimits(ZoneOffset.UTC, thresholds, 7, 30))
                .build(), Clock.systemUTC(), List.of());
    }

    private LiveExecutionTracker live(ParityTrackerRegistry registry) {
        return live(registry, new RiskLimits(0.5, 0.5));
    }

    private LiveExecutionTracker live(ParityTrackerRegistry registry, RiskLimits limits) {
        return LiveExecutionTracker.builder(LiveTrackerSettings.builder("paper-test", dir.resolve("live"),
                DemoSetup.BALANCE).limits(limits).maxTimeSkew(Duration.ofMinutes(30)).build())
                .parity(registry).open();
    }

    /** The executions, one per order, of the plain runner (no gate, no recording) with {@code plan}'s models and seed. */
    private static List<Fill> runnerExecutions(BacktestPlan plan) {
        List<Fill> executions = new ArrayList<>();
        StrategyRunner.builder(BacktestRunner.config(plan)).orderExecutions(executions::add).build()
                .run(BacktestRunner.strategy(plan), MarketDataSource.of(BARS));
        return executions;
    }

    private static List<Fill> runnerFills(BacktestPlan plan) {
        List<Fill> fills = new ArrayList<>();
        StrategyRunner.builder(BacktestRunner.config(plan)).executions((fill, account) -> fills.add(fill)).build()
                .run(BacktestRunner.strategy(plan), MarketDataSource.of(BARS));
        return fills;
    }

    @Test
    void theLiveTrackerRecordsExactlyTheRunnersExecutionsForTheSameModelsAndSeed() {
        BacktestPlan venue = DemoSetup.liveVenue(DATA);
        List<Fill> expected = runnerExecutions(venue);
        ParityTrackerRegistry registry = registry(new ParityThresholds(1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e9, 1e6, 1));
        try (LiveExecutionTracker live = live(registry)) {
            PaperSession session = new PaperSession(BacktestRunner.config(venue), live,
                    registry.tracker("paper-test"), RunClock.HISTORICAL);
            session.run(BacktestRunner.strategy(venue), MarketDataSource.of(BARS), EngineObserver.NONE);

            assertTrue(expected.size() >= 20, "enough orders to mean something: " + expected.size());
            List<Fill> fills = runnerFills(venue);
            assertEquals(expected.size(), session.recordedOrders());
            assertEquals(fills.size(), session.recordedExecutions());
            // sma-cross, long only, 1 unit: the orders alternate buy (the trade's entry) and sell (its exit)
            List<TradeRecord> trades = live.trades();
            assertEquals((expected.size() + 1) / 2, trades.size());
            for (int i = 0; i < trades.size(); i++) {
                Fill entry = expected.get(2 * i);
                TradeRecord t = trades.get(i);
                assertEquals(Side.BUY, entry.side());
                assertEquals(entry.orderId(), t.tradeId());
                assertEquals(entry.price(), t.entryPrice(), 1e-9 * entry.price());
                assertEquals(entry.size(), t.entrySize(), 1e-12);
                // each fill is recorded as it happens: the trade opens at the order's first fill
                long firstFill = fills.stream().filter(f -> f.orderId().equals(entry.orderId())).findFirst()
                        .orElseThrow().timeNanos();
                assertEquals(Instant.ofEpochSecond(0, firstFill), t.entryTime());
                if (2 * i + 1 < expected.size()) {
                    Fill exit = expected.get(2 * i + 1);
                    assertEquals(Side.SELL, exit.side());
                    assertEquals(exit.price(), t.averageExitPrice(), 1e-9 * exit.price());
                    assertEquals(Optional.of(Instant.ofEpochSecond(0, exit.timeNanos())), t.lastExitTime());
                    assertEquals(entry.fee() + exit.fee(), t.fees(), 1e-9);
                    assertTrue(t.closed());
                }
            }
            assertEquals(0, session.refusedByParity() + session.refusedByBreaker());
        }
    }

    @Test
    void onceParityDisablesTheStrategyNoEntryGoesOutButTheOpenTradeIsStillClosed() {
        BacktestPlan backtest = DemoSetup.backtest(DATA);
        BacktestPlan venue = DemoSetup.liveVenue(DATA);
        // a fee-impact limit of 1 bps: the live venue's fees (Bitstamp's 40 bps taker) pass it on the first trade
        ParityTrackerRegistry registry = registry(new ParityThresholds(8, 15, 40, 60, 1, 40, 5_000, 150, 5));
        ParityTracker parity = registry.tracker("paper-test");
        new BacktestEngine(BacktestRunner.config(backtest).toBuilder().parityTracker(parity).build())
                .run(BacktestRunner.strategy(backtest), MarketDataSource.of(BARS));
        try (LiveExecutionTracker live = live(registry)) {
            PaperSession session = new PaperSession(BacktestRunner.config(venue), live, parity, RunClock.HISTORICAL);
            long[] disabledAfter = {Long.MIN_VALUE};
            BacktestResult result = session.run(BacktestRunner.strategy(venue), MarketDataSource.of(BARS),
                    (event, account) -> {
                        if (parity.isDisabled() && disabledAfter[0] == Long.MIN_VALUE) {
                            disabledAfter[0] = event.timeNanos();
                        }
                    });

            assertTrue(parity.isDisabled(), "the first trade's fee impact disables the strategy");
            assertTrue(parity.disableReason().contains("FEE"), parity.disableReason());
            Instant disabled = Instant.ofEpochSecond(0, disabledAfter[0]);
            List<TradeRecord> trades = live.trades();
            assertEquals(1, trades.size(), "only the entry recorded before the disable: " + trades);
            TradeRecord only = trades.get(0);
            assertTrue(only.entryTime().isBefore(disabled));
            assertTrue(only.closed(), "its exit went out after the disable");
            assertTrue(only.lastExitTime().orElseThrow().isAfter(disabled));
            // every later up-cross was refused before it reached the venue, so the venue executed two orders
            List<Fill> unGated = runnerExecutions(venue);
            long laterEntries = unGated.stream().filter(f -> f.side() == Side.BUY).count() - 1;
            assertEquals(laterEntries, session.refusedByParity());
            assertEquals(laterEntries, result.account().rejectedOrders());
            assertEquals(2, session.recordedOrders());
            assertEquals(result.fills().size(), session.recordedExecutions());
            assertEquals(2, Fill.byOrder(result.fills()).size());
            assertFalse(live.openPositions().iterator().hasNext());
        }
    }

    @Test
    void overRecordedDataTheCircuitBreakerIsAskedAtTheDataTimeNotTheWallClock() {
        BacktestPlan venue = DemoSetup.liveVenue(DATA);
        ParityTrackerRegistry registry = registry(new ParityThresholds(1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e9, 1e6, 1));
        // a daily loss limit of 0.1% (10 of 10,000): the first losing day trips the breaker
        try (LiveExecutionTracker live = live(registry, new RiskLimits(0.001, 0.5))) {
            PaperSession session = new PaperSession(BacktestRunner.config(venue), live,
                    registry.tracker("paper-test"), RunClock.HISTORICAL);
            session.run(BacktestRunner.strategy(venue), MarketDataSource.of(BARS), EngineObserver.NONE);

            assertTrue(live.riskEvents().stream().anyMatch(e -> e.kind() == RiskEventKind.DAILY_LOSS_LIMIT),
                    "the limit trips the breaker: " + live.riskEvents());
            // asked by the wall clock (years after the data), the breaker of a 2013 day reads as reset and
            // entries go out, to be recorded as executions while refused
            assertTrue(session.refusedByBreaker() > 0, "entries refused at the gate on the tripped days");
            assertTrue(live.riskEvents().stream().noneMatch(e -> e.kind() == RiskEventKind.EXECUTION_WHILE_REFUSED),
                    "no entry got past the gate while the breaker was tripped: " + live.riskEvents());
        }
    }
}

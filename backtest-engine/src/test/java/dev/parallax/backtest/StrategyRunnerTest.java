package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.strategy.SmaCrossStrategy;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import dev.parallax.sim.api.venue.ExecutionVenue;
import dev.parallax.sim.api.venue.OrderChange;
import dev.parallax.sim.api.venue.VenueListener;
import dev.parallax.sim.core.ExecutionStatistics;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StrategyRunnerTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 1_700_000_000_000_000_000L;

    /** The default config, whose market data arrives 5 to 250 ms late (uniform-spikes), on random daily bars. */
    private static final BacktestConfig DEFAULT = BacktestConfig.DEFAULT;

    /** No fees or slippage; market data 20 ms late, orders 100 ms on their way, fills notified 50 ms after. */
    private static final BacktestConfig CONSTANT_LATENCY = BacktestConfig.builder()
            .models(() -> TestData.FRICTIONLESS.toBuilder().latency(new ConstantLatencyModel(100, 20, 50)).build())
            .build();

    /** Notes when (how many events the feed had handed out) each bar reached the strategy, then runs sma-cross. */
    private static final class Watching implements Strategy {
        final List<Integer> handedOutAtBar = new ArrayList<>();
        private final ScriptedFeed feed;
        private final Strategy inner = new SmaCrossStrategy("X", 5, 20, true, PositionSizing.fixedUnits(10));

        Watching(ScriptedFeed feed) {
            this.feed = feed;
        }

        @Override
        public void onStart(StrategyContext context) {
            inner.onStart(context);
        }

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            handedOutAtBar.add(feed.handedOut());
            inner.onBar(bar, context);
        }

        @Override
        public void onFill(Fill fill, StrategyContext context) {
            inner.onFill(fill, context);
        }

        @Override
        public void onStop(StrategyContext context) {
            inner.onStop(context);
        }
    }

    @Test
    void aRealTimeRunOverAFastReplayGivesExactlyTheHistoricalRun() {
        List<Bar> bars = RandomBars.walk("X", 300, 5);
        ScriptedFeed historicalFeed = new ScriptedFeed(bars, 0, 0, false);
        Watching historical = new Watching(historicalFeed);
        BacktestResult expected = StrategyRunner.builder(DEFAULT).build().run(historical, historicalFeed);

        // each daily bar is followed by five quiet polls of 100 ms: the horizon passes every delivery
        // (at most 250 ms late) long before the next bar's first point, six hours into its day
        ScriptedFeed live = new ScriptedFeed(bars, 5, 100 * MS, false);
        Watching paper = new Watching(live);
        StrategyRunner runner = StrategyRunner.builder(DEFAULT).clock(RunClock.realTime(Duration.ofMillis(1)))
                .wallClock(live::wall).build();
        BacktestResult actual = runner.run(paper, live);

        assertFalse(expected.fills().isEmpty());
        assertEquals(expected.fills(), actual.fills());
        assertEquals(expected.trades(), actual.trades());
        assertEquals(expected.finalEquity(), actual.finalEquity(), 0.0);
        assertArrayEquals(expected.dailyReturns(), actual.dailyReturns());
        assertEquals(expected.execution(), actual.execution());
        assertEquals(0, runner.lateEvents());
        for (int k = 0; k < bars.size(); k++) {
            assertEquals(k + 1, paper.handedOutAtBar.get(k), "bar " + (k + 1) + " is delivered while the feed is quiet");
        }
        assertEquals(2, historical.handedOutAtBar.get(0), "the historical run delivers a bar when it reads the next");

        ScriptedFeed atRealTime = ScriptedFeed.replayedAt(bars, 1, 3);
        StrategyRunner paced = StrategyRunner.builder(DEFAULT).clock(RunClock.realTime(Duration.ofMillis(1)))
                .wallClock(atRealTime::wall).build();
        assertEquals(expected.fills(), paced.run(new Watching(atRealTime), atRealTime).fills(), "daily bars at speed 1");
        assertEquals(0, paced.lateEvents());
    }

    /** Every 37th trade buys 1 or sells what it holds; every 53rd rests a limit buy; every 89th cancels it. */
    private static final class TradeFlipper implements Strategy {
        private int n;
        private String lastLimit;

        @Override
        public void onTrade(TradeTick trade, StrategyContext context) {
            n++;
            if (n % 37 == 0) {
                double q = context.position("X");
                if (q > 0) {
                    context.submitMarket(context.nextOrderId("sell"), "X", Side.SELL, q);
                } else {
                    context.submitMarket(context.nextOrderId("buy"), "X", Side.BUY, 1);
                }
            }
            if (n % 53 == 0) {
                lastLimit = context.nextOrderId("limit");
                context.submitLimit(lastLimit, "X", Side.BUY, 0.5, trade.price() * 0.999);
            }
            if (n % 89 == 0 && lastLimit != null && context.isOpen(lastLimit)) {
                context.cancel(lastLimit);
            }
        }
    }

    /** {@code n} seeded trades of X, 1 ms to 5 s apart, some at the same instant. */
    private static List<TradeTick> randomTrades(int n, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<TradeTick> trades = new ArrayList<>(n);
        long t = T0;
        double price = 100;
        for (int i = 0; i < n; i++) {
            t += random.nextInt(10) == 0 ? 0 : MS + random.nextLong(5_000 * MS);
            price *= Math.exp(0.001 * (random.nextDouble() - 0.5));
            trades.add(new TradeTick("X", t, price, 0.1 + 2 * random.nextDouble(), Aggressor.UNKNOWN));
        }
        return trades;
    }

    @Test
    void aTradeFeedReplayedAtAnySpeedFromRealTimeUpGivesExactlyTheHistoricalFills() {
        List<TradeTick> trades = randomTrades(3_000, 17);
        BacktestResult expected = StrategyRunner.builder(DEFAULT).build()
                .run(new TradeFlipper(), MarketDataSource.of(trades));
        assertTrue(expected.fills().size() > 50, "fills: " + expected.fills().size());
        for (double speed : new double[] {1, 7.5, 1_000}) {
            ScriptedFeed replay = ScriptedFeed.replayedAt(trades, speed, 3);
            StrategyRunner runner = StrategyRunner.builder(DEFAULT).clock(RunClock.realTime(Duration.ofMillis(1)))
                    .wallClock(replay::wall).build();
            BacktestResult actual = runner.run(new TradeFlipper(), replay);
            assertEquals(expected.fills(), actual.fills(), "speed " + speed);
            assertEquals(expected.finalEquity(), actual.finalEquity(), 0.0, "speed " + speed);
            assertEquals(0, runner.lateEvents(), "speed " + speed);
        }
    }

    /** Notes the time of every trade it sees, and whether it saw the end. */
    private static final class Notes implements Strategy {
        final List<String> seen = new ArrayList<>();

        @Override
        public void onTrade(TradeTick trade, StrategyContext context) {
            seen.add("trade at " + (trade.timeNanos() - T0) / MS + " ms, clock " + (context.timeNanos() - T0) / MS);
        }

        @Override
        public void onStop(StrategyContext context) {
            seen.add("stop");
        }
    }

    private static TradeTick trade(long afterMillis, double price) {
        return new TradeTick("X", T0 + afterMillis * MS, price, 1, Aggressor.UNKNOWN);
    }

    @Test
    void anEventThatArrivesBehindTheRunsClockIsAppliedAtTheClockAndCounted() {
        // the first trade is delivered 20 ms late while the feed is quiet for a second; the second,
        // stamped 10 ms, then arrives behind the run's clock (20 ms)
        ScriptedFeed live = new ScriptedFeed(List.of(trade(0, 100), trade(10, 101)), 1, 1_000 * MS, false);
        Notes notes = new Notes();
        StrategyRunner runner = StrategyRunner.builder(CONSTANT_LATENCY)
                .clock(RunClock.realTime(Duration.ofMillis(1))).wallClock(live::wall).build();
        BacktestResult result = runner.run(notes, live);
        assertEquals(List.of("trade at 0 ms, clock 20", "trade at 20 ms, clock 40", "stop"), notes.seen);
        assertEquals(1, runner.lateEvents());
        assertEquals(2, result.events());
    }

    @Test
    void anEventOvertakenByADeliveryMadeWhileTheFeedWasQuietIsCountedLate() {
        // the first trade is delivered at 20 ms while the feed is quiet; the historical run would have
        // applied the second trade, at 20 ms too, before that delivery
        ScriptedFeed live = new ScriptedFeed(List.of(trade(0, 100), trade(20, 101)), 1, 1_000 * MS, false);
        Notes notes = new Notes();
        StrategyRunner runner = StrategyRunner.builder(CONSTANT_LATENCY)
                .clock(RunClock.realTime(Duration.ofMillis(1))).wallClock(live::wall).build();
        runner.run(notes, live);
        assertEquals(List.of("trade at 0 ms, clock 20", "trade at 20 ms, clock 40", "stop"), notes.seen);
        assertEquals(1, runner.lateEvents());
    }

    @Test
    void stopFromAnotherThreadDeliversWhatIsDueCallsOnStopAndReturnsTheResult() throws Exception {
        // the wall clock never moves, so the trade's delivery (20 ms late) is still due when the run stops
        ScriptedFeed live = new ScriptedFeed(List.of(trade(0, 100)), 0, 0, true);
        Notes notes = new Notes();
        StrategyRunner runner = StrategyRunner.builder(CONSTANT_LATENCY)
                .clock(RunClock.realTime(Duration.ofMillis(5))).wallClock(() -> 0L).build();
        CompletableFuture<BacktestResult> run = CompletableFuture.supplyAsync(() -> runner.run(notes, live));
        assertTrue(live.exhausted.await(10, TimeUnit.SECONDS));
        assertFalse(run.isDone());
        runner.stop();
        BacktestResult result = run.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("trade at 0 ms, clock 20", "stop"), notes.seen);
        assertEquals(1, result.events());
    }

    @Test
    void aRunStoppedBeforeItStartsStillStartsAndStops() {
        Notes notes = new Notes();
        StrategyRunner runner = StrategyRunner.builder(CONSTANT_LATENCY).build();
        runner.stop();
        BacktestResult result = runner.run(notes, MarketDataSource.of(List.of(trade(0, 100))));
        assertEquals(List.of("stop"), notes.seen);
        assertEquals(0, result.events());
    }

    @Test
    void aRunnerRunsOnce() {
        StrategyRunner runner = StrategyRunner.builder(DEFAULT).build();
        runner.run(new Notes(), MarketDataSource.of(List.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> runner.run(new Notes(), MarketDataSource.of(List.of())));
        assertEquals("a StrategyRunner runs once; build another for the next run", e.getMessage());
    }

    @Test
    void anUnknownVenueNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StrategyRunner.builder(DEFAULT).venue("binance-live", ModelSettings.EMPTY));
        assertTrue(e.getMessage().contains("'binance-live'") && e.getMessage().contains("simulated"), e.getMessage());
    }

    @Test
    void theSimulatedVenueFoundByNameGivesTheDefaultRun() {
        List<Bar> bars = RandomBars.walk("X", 120, 9);
        Strategy sma = new SmaCrossStrategy("X", 5, 20, true, PositionSizing.fixedUnits(10));
        BacktestResult byDefault = StrategyRunner.builder(DEFAULT).build().run(sma, MarketDataSource.of(bars));
        Strategy again = new SmaCrossStrategy("X", 5, 20, true, PositionSizing.fixedUnits(10));
        BacktestResult byName = StrategyRunner.builder(DEFAULT).venue("simulated", ModelSettings.EMPTY).build()
                .run(again, MarketDataSource.of(bars));
        assertFalse(byDefault.fills().isEmpty());
        assertEquals(byDefault.fills(), byName.fills());
    }

    /** A venue with a market of its own: every order fills in full at 123 as soon as it is sent. */
    private static final class OwnMarketVenue extends OwnMarket {
        final List<String> sent = new ArrayList<>();

        OwnMarketVenue(VenueListener listener) {
            super(listener);
        }

        @Override
        public void submit(Order order) {
            sent.add(order.id());
            listener.onFill(new Fill(order.id(), order.symbol(), order.side(), 123, order.size(), 0.5,
                    FillType.AGGRESSIVE, 0, 0, order.timeNanos(), false));
        }
    }

    /** A venue with a market of its own whose orders never stay working: nothing to cancel or change. */
    private abstract static class OwnMarket implements ExecutionVenue {
        final VenueListener listener;

        OwnMarket(VenueListener listener) {
            this.listener = listener;
        }

        @Override
        public boolean cancel(String orderId, long timeNanos) {
            return false;
        }

        @Override
        public boolean modify(String orderId, OrderChange change, long timeNanos) {
            return false;
        }

        @Override
        public boolean isWorking(String orderId) {
            return false;
        }
    }

    /** A live-like venue: it hears of executions on its own and reports them when asked (advanceTo). */
    private static final class ReportingLaterVenue extends OwnMarket {
        private final List<Order> unreported = new ArrayList<>();

        ReportingLaterVenue(VenueListener listener) {
            super(listener);
        }

        @Override
        public void submit(Order order) {
            unreported.add(order);
        }

        @Override
        public void advanceTo(long timeNanos) {
            for (Order o : unreported) {
                listener.onFill(new Fill(o.id(), o.symbol(), o.side(), 100, o.size(), 0, FillType.AGGRESSIVE, 0, 0,
                        timeNanos, false));
            }
            unreported.clear();
        }
    }

    @Test
    void inRealTimeALiveVenueIsAskedForItsExecutionsWhileTheFeedIsQuiet() {
        ScriptedFeed live = new ScriptedFeed(RandomBars.walk("X", 2, 3), 2, 1_000 * MS, false);
        List<Integer> handedOutAtFill = new ArrayList<>();
        Strategy buyer = new Strategy() {
            @Override
            public void onBar(Bar bar, StrategyContext context) {
                if (context.position("X") == 0) {
                    context.submitMarket(context.nextOrderId("b"), "X", Side.BUY, 1);
                }
            }

            @Override
            public void onFill(Fill fill, StrategyContext context) {
                handedOutAtFill.add(live.handedOut());
            }
        };
        BacktestConfig atClose = DEFAULT.toBuilder().barExecution(BarExecution.SIGNAL_BAR_CLOSE).build();
        BacktestResult result = StrategyRunner.builder(atClose).venue(setup -> new ReportingLaterVenue(setup.listener()))
                .clock(RunClock.realTime(Duration.ofMillis(1))).wallClock(live::wall).build().run(buyer, live);
        assertEquals(List.of(1), handedOutAtFill, "the first bar's order is filled before the second bar is read");
        assertEquals(Map.of("X", 1.0), result.openPositions());
    }

    @Test
    void aVenueWithItsOwnMarketTakesTheOrdersAndItsFillsReachTheAccount() {
        List<OwnMarketVenue> opened = new ArrayList<>();
        Strategy buyer = new Strategy() {
            @Override
            public void onBar(Bar bar, StrategyContext context) {
                if (context.position("X") == 0) {
                    context.submitMarket("buy", "X", Side.BUY, 2);
                }
            }
        };
        BacktestResult result = StrategyRunner.builder(DEFAULT).venue(setup -> {
            OwnMarketVenue v = new OwnMarketVenue(setup.listener());
            opened.add(v);
            return v;
        }).build().run(buyer, MarketDataSource.of(RandomBars.walk("X", 3, 1)));
        assertEquals(List.of("buy"), opened.get(0).sent);
        assertEquals(1, result.fills().size());
        assertEquals(Map.of("X", 2.0), result.openPositions());
        // 100,000 - 2 x 123 - 0.5
        assertEquals(99_753.5, result.finalCash(), 1e-9);
        assertEquals(ExecutionStatistics.EMPTY, result.execution());
    }
}

package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.backtest.strategy.SmaCrossStrategy;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import dev.parallax.sim.core.ExecutionModels;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class MarketDataLatencyTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 1_700_000_000_000_000_000L;

    /** Sees each event 20 ms late; orders take 5 ms to reach the venue; fills are notified at once. */
    private static final ExecutionModels LATE_DATA = TestData.FRICTIONLESS
            .toBuilder().latency(new ConstantLatencyModel(5, 20, 0)).build();

    /** Writes down when the strategy saw each event, and what it knew then. */
    private static class Recorder implements Strategy {
        final List<long[]> seen = new ArrayList<>();
        final List<Double> pricesSeen = new ArrayList<>();
        final List<Double> positionsSeen = new ArrayList<>();

        @Override
        public void onQuote(Quote quote, StrategyContext context) {
            record(quote, context);
        }

        @Override
        public void onTrade(TradeTick trade, StrategyContext context) {
            record(trade, context);
        }

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            record(bar, context);
        }

        void record(MarketEvent event, StrategyContext context) {
            seen.add(new long[] {event.timeNanos(), context.timeNanos()});
            pricesSeen.add(context.lastPrice(event.symbol()));
            positionsSeen.add(context.position(event.symbol()));
        }
    }

    /** Buys one unit on the first quote it sees, at market. */
    private static final class BuyOnFirstQuote extends Recorder {
        @Override
        public void onQuote(Quote quote, StrategyContext context) {
            record(quote, context);
            if (seen.size() == 1) {
                context.submitMarket("buy", "X", Side.BUY, 1);
            }
        }
    }

    private static Strategy smaCross() {
        return new SmaCrossStrategy("X", 3, 8, false, PositionSizing.fixedUnits(10));
    }

    private static BacktestResult run(BacktestConfig config, Strategy strategy, List<? extends MarketEvent> events) {
        return new BacktestEngine(config).run(strategy, MarketDataSource.of(events));
    }

    /** The price jumps from 100 to 105 10 ms after the first quote, and to 110 3 ms after the order is sent. */
    private static List<MarketEvent> jumpingQuotes() {
        return List.of(new Quote("X", T0, 99.9, 100.1, 50, 50),
                new Quote("X", T0 + 10 * MS, 104.9, 105.1, 50, 50),
                new Quote("X", T0 + 23 * MS, 109.9, 110.1, 50, 50),
                new Quote("X", T0 + 1_000 * MS, 109.9, 110.1, 50, 50));
    }

    @Test
    void aSignalDecidedOnAStalePriceFillsAtThePriceInForceWhenTheOrderArrives() {
        BuyOnFirstQuote strategy = new BuyOnFirstQuote();
        BacktestResult r = run(BacktestConfig.builder().models(() -> LATE_DATA).build(), strategy, jumpingQuotes());

        // the first quote (mid 100) reaches the strategy 20 ms late, after the venue moved to 105
        assertEquals(T0 + 20 * MS, strategy.seen.get(0)[1]);
        assertEquals(100.0, strategy.pricesSeen.get(0), 1e-12);
        // sent at +20 ms, the order arrives at +25 ms and meets the quote of +23 ms: ask 110.1
        Fill fill = r.fills().get(0);
        assertEquals(110.1, fill.price(), 1e-12);
        assertEquals(T0 + 25 * MS, fill.timeNanos());
        assertEquals(1.0, fill.size(), 0.0);
        // the fill, notified at +25 ms, reaches the strategy before the quote it sees at +30 ms
        assertEquals(List.of(0.0, 1.0, 1.0, 1.0), strategy.positionsSeen);
        assertEquals(List.of(T0 + 20 * MS, T0 + 30 * MS, T0 + 43 * MS, T0 + 1_020 * MS),
                strategy.seen.stream().map(e -> e[1]).toList());
    }

    @Test
    void withMarketDataLatencyOffTheSameSignalFillsAtThePriceItSaw() {
        BuyOnFirstQuote strategy = new BuyOnFirstQuote();
        BacktestResult r = run(BacktestConfig.builder().models(() -> LATE_DATA).marketDataLatency(false).build(),
                strategy, jumpingQuotes());

        assertEquals(T0, strategy.seen.get(0)[1]);
        // sent at the quote's own time, it arrives 5 ms later, before the jump at +10 ms: ask 100.1
        Fill fill = r.fills().get(0);
        assertEquals(100.1, fill.price(), 1e-12);
        assertEquals(T0 + 5 * MS, fill.timeNanos());
    }

    @Test
    void theStrategySeesEachEventAtTheLaterOfItsOwnDelayAndThePreviousDelivery() {
        // delays of 30, 5 and 40 ms for events at 0, 1 and 2 ms: seen at 30, max(30, 6) = 30, max(30, 42) = 42
        ArrayDeque<Long> delays = new ArrayDeque<>(List.of(30 * MS, 5 * MS, 40 * MS));
        LatencyModel scripted = (kind, rng) -> kind == LatencyKind.MARKET_DATA ? delays.removeFirst() : 0L;
        Recorder strategy = new Recorder();
        run(BacktestConfig.builder().models(() -> TestData.FRICTIONLESS.toBuilder().latency(scripted).build()).build(),
                strategy,
                List.of(new TradeTick("X", T0, 100, 1, Aggressor.UNKNOWN),
                        new TradeTick("X", T0 + MS, 101, 1, Aggressor.UNKNOWN),
                        new TradeTick("X", T0 + 2 * MS, 102, 1, Aggressor.UNKNOWN)));

        assertEquals(3, strategy.seen.size());
        assertEquals(List.of(T0, T0 + MS, T0 + 2 * MS), strategy.seen.stream().map(s -> s[0]).toList());
        assertEquals(List.of(T0 + 30 * MS, T0 + 30 * MS, T0 + 42 * MS), strategy.seen.stream().map(s -> s[1]).toList());
        // what the strategy knows of the price follows what it has seen, not the venue
        assertEquals(List.of(100.0, 101.0, 102.0), strategy.pricesSeen);
    }

    @Test
    void manyEventsInFlightAtOnceAreSeenInTheirOrder() {
        // 40 trades 1 ms apart, each seen 100 ms late: up to 40 wait at once
        List<MarketEvent> trades = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            trades.add(new TradeTick("X", T0 + i * MS, 100 + i, 1, Aggressor.UNKNOWN));
        }
        Recorder strategy = new Recorder();
        run(BacktestConfig.builder().models(() -> TestData.FRICTIONLESS.toBuilder()
                        .latency(new ConstantLatencyModel(0, 100, 0)).build()).build(),
                strategy, trades);

        assertEquals(40, strategy.seen.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(T0 + i * MS, strategy.seen.get(i)[0]);
            assertEquals(T0 + (i + 100) * MS, strategy.seen.get(i)[1]);
            assertEquals(100.0 + i, strategy.pricesSeen.get(i), 0.0);
        }
    }

    @Test
    void aLatencyModelThatDrawsANegativeMarketDataDelayStopsTheRunNamingTheModelAndTheValue() {
        LatencyModel broken = (kind, rng) -> kind == LatencyKind.MARKET_DATA ? -7L : 0L;
        BacktestFailedException e = assertThrows(BacktestFailedException.class,
                () -> run(BacktestConfig.builder()
                                .models(() -> TestData.FRICTIONLESS.toBuilder().latency(broken).build()).build(),
                        new Recorder(), List.of(new TradeTick("X", T0, 100, 1, Aggressor.UNKNOWN))));
        assertTrue(e.getMessage().contains("drew a MARKET_DATA delay of -7 ns; delays must be >= 0"), e.getMessage());
        assertTrue(e.getMessage().contains(MarketDataLatencyTest.class.getName()), e.getMessage());
    }

    @Test
    void theDelaysComeFromTheFirstSplitOfAGeneratorSeededWithTheRunsSeed() {
        List<Bar> bars = RandomBars.walk("X", 30, 7L);
        Recorder strategy = new Recorder();
        run(BacktestConfig.builder().seed(11L).build(), strategy, bars);

        // the default model: uniform 5-50 ms, times 5 with probability 0.05; two draws (u, v) per delay
        RandomGenerator stream = new SplittableRandom(11L).split();
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < bars.size(); i++) {
            double u = stream.nextDouble();
            double v = stream.nextDouble();
            double millis = (5 + 45 * u) * (v < 0.05 ? 5 : 1);
            long expected = Math.max(previous, bars.get(i).timeNanos() + Math.round(millis * 1_000_000.0));
            assertEquals(expected, strategy.seen.get(i)[1], "bar " + i);
            previous = expected;
        }
    }

    @Test
    void turningMarketDataLatencyOnMovesNoneOfTheSimulatorsOwnDraws() {
        // next-bar-open orders wait for the next bar's open, minutes after any data delay: the fills,
        // including every order-submit and notification latency the simulator drew, must not change
        List<Bar> bars = RandomBars.walk("X", 200, 3L);
        BacktestConfig on = BacktestConfig.DEFAULT;
        List<Fill> withDelay = run(on, smaCross(), bars).fills();
        List<Fill> without = run(on.toBuilder().marketDataLatency(false).build(), smaCross(), bars).fills();

        assertTrue(withDelay.size() > 10, "the run should trade, made " + withDelay.size() + " fills");
        assertEquals(without, withDelay);
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedOtherDeliveryTimes() {
        List<Bar> bars = RandomBars.walk("X", 200, 5L);
        BacktestConfig config = BacktestConfig.builder().barExecution(BarExecution.SIGNAL_BAR_CLOSE).build();
        BacktestResult first = run(config, smaCross(), bars);
        BacktestResult second = run(config, smaCross(), bars);
        BacktestResult otherSeed = run(config.toBuilder().seed(43L).build(), smaCross(), bars);

        assertEquals(first.fills(), second.fills());
        assertEquals(first.finalEquity(), second.finalEquity(), 0.0);
        assertEquals(first.trades(), second.trades());
        assertNotEquals(first.fills().get(0).timeNanos(), otherSeed.fills().get(0).timeNanos());
    }

    @Test
    void signalBarCloseOrdersAreSentWhenTheBarReachesTheStrategy() {
        // a fixed 20 ms delay: the order is sent 20 ms after the close, arrives 5 ms after that
        List<Bar> bars = List.of(TestData.day("X", 1, 100, 101, 99, 100.5), TestData.day("X", 2, 101, 102, 100, 101));
        Strategy buyOnFirst = new Strategy() {
            @Override
            public void onBar(Bar bar, StrategyContext context) {
                if (bar.timeNanos() == bars.get(0).timeNanos()) {
                    context.submitMarket("b", "X", Side.BUY, 1);
                }
            }
        };
        BacktestConfig config = BacktestConfig.builder().models(() -> LATE_DATA).barSpreadBps(0)
                .barExecution(BarExecution.SIGNAL_BAR_CLOSE).build();
        Fill on = run(config, buyOnFirst, bars).fills().get(0);
        Fill off = run(config.toBuilder().marketDataLatency(false).build(), buyOnFirst, bars).fills().get(0);

        assertEquals(bars.get(0).timeNanos() + 25 * MS, on.timeNanos());
        assertEquals(bars.get(0).timeNanos() + 5 * MS, off.timeNanos());
        assertEquals(100.5, on.price(), 1e-12);
        assertEquals(100.5, off.price(), 1e-12);
    }
}

package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import dev.parallax.sim.core.latency.ConstantLatencyModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReadAheadSourceTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 1_700_000_000_000_000_000L;

    private static TradeTick trade(int i) {
        return new TradeTick("X", T0 + i * MS, 100 + i, 1, Aggressor.UNKNOWN);
    }

    private final HandFedSource live = new HandFedSource();

    @Test
    void aQuietSourceTimesOutAndAnEventMakesItReady() {
        try (ReadAheadSource source = new ReadAheadSource(live, 16)) {
            assertFalse(source.awaitNext(Duration.ofMillis(20)));
            live.feed(trade(1));
            assertTrue(source.awaitNext(Duration.ofSeconds(10)));
            assertTrue(source.hasNext());
            assertEquals(trade(1), source.next());
        }
    }

    @Test
    void eventsComeOutInOrderAndNoneIsDroppedWhenTheReaderIsFarAhead() {
        List<MarketEvent> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            expected.add(trade(i));
            live.feed(trade(i));
        }
        live.end();
        List<MarketEvent> read = new ArrayList<>();
        try (ReadAheadSource source = new ReadAheadSource(live, 3)) {
            while (source.hasNext()) {
                read.add(source.next());
            }
        }
        assertEquals(expected, read);
    }

    @Test
    void aFailureComesAfterTheEventsReadBeforeIt() {
        IllegalArgumentException bad = new IllegalArgumentException("trade 2: price must be > 0, was -1.0");
        live.feed(trade(1));
        live.fail(bad);
        try (ReadAheadSource source = new ReadAheadSource(live, 16)) {
            assertEquals(trade(1), source.next());
            assertSame(bad, assertThrows(IllegalArgumentException.class, source::hasNext));
        }
    }

    @Test
    void closingFromAnotherThreadWakesTheWaitingReaderAndEndsTheThread() throws Exception {
        ReadAheadSource source = new ReadAheadSource(live, 16);
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(source::hasNext);
        assertFalse(source.awaitNext(Duration.ofMillis(20)));
        source.close();
        assertFalse(waiting.get(10, TimeUnit.SECONDS));
        assertFalse(source.readerAlive());
        source.close();
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReadAheadSource(live, 0));
        assertEquals("capacity must be > 0, was 0", e.getMessage());
    }

    @Test
    void aRealTimeRunShowsTheStrategyAnEventWhileTheStreamWaitsForTheNext() throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        List<Long> seenAt = new ArrayList<>();
        Strategy watcher = new Strategy() {
            @Override
            public void onTrade(TradeTick trade, StrategyContext context) {
                seenAt.add((context.timeNanos() - T0) / MS);
                seen.countDown();
            }
        };
        BacktestConfig config = BacktestConfig.builder()
                .models(() -> TestData.FRICTIONLESS.toBuilder().latency(new ConstantLatencyModel(100, 20, 50)).build())
                .build();
        StrategyRunner runner = StrategyRunner.builder(config).clock(RunClock.realTime(Duration.ofMillis(5))).build();
        ReadAheadSource source = new ReadAheadSource(live, 16);
        CompletableFuture<BacktestResult> run = CompletableFuture.supplyAsync(() -> runner.run(watcher, source));
        live.feed(trade(0));
        // the stream has nothing more yet: the trade, 20 ms late, must still reach the strategy
        assertTrue(seen.await(10, TimeUnit.SECONDS));
        live.feed(trade(1_000));
        live.end();
        BacktestResult result = run.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(20L, 1_020L), seenAt);
        assertEquals(2, result.events());
        assertFalse(source.readerAlive());
    }
}

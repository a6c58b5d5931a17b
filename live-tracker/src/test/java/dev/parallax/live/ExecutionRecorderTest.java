package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionRecorderTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");
    private static final long NANOS = T0.getEpochSecond() * 1_000_000_000L;

    @TempDir
    Path dir;

    private TestClock clock;
    private LiveExecutionTracker tracker;
    private ExecutionRecorder recorder;

    @BeforeEach
    void open() {
        clock = new TestClock(T0.plusSeconds(3600));
        tracker = Trackers.open(LiveTrackerSettings.builder("recorder", dir, 10_000)
                .limits(new RiskLimits(0.01, 1)).build(), clock);
        recorder = new ExecutionRecorder(tracker);
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    private static Fill fill(String id, String symbol, Side side, double size, double price, double fee, int second) {
        return new Fill(id, symbol, side, price, size, fee, FillType.AGGRESSIVE, 2_000_000, 1.5,
                NANOS + second * 1_000_000_000L, false);
    }

    private static List<String> ids(List<LiveEvent> events) {
        return events.stream().map(e -> e instanceof LiveEntry entry ? "entry " + entry.tradeId()
                : "exit " + ((LiveExit) e).exitId() + " of " + ((LiveExit) e).tradeId()).toList();
    }

    @Test
    void aFillOpensATradeNamedByItsOrderAndTheOppositeFillClosesIt() {
        assertEquals(List.of("entry b1"), ids(recorder.record(fill("b1", "X", Side.BUY, 2, 100, 0.2, 1))));
        assertEquals(List.of("exit s1 of b1"), ids(recorder.record(fill("s1", "X", Side.SELL, 2, 103, 0.2, 2))));
        // (103 - 100) * 2 gross, 0.4 of fees
        assertEquals(6 - 0.4, tracker.account().realizedPnl(), 1e-9);
        assertEquals(List.of(), tracker.openPositions());
        TradeRecord trade = tracker.trade("b1").orElseThrow();
        assertEquals(103, trade.averageExitPrice(), 0.0);
    }

    @Test
    void aReversingFillClosesTheTradeAndOpensTheRestUnderASecondId() {
        recorder.record(fill("b1", "X", Side.BUY, 1, 100, 0.1, 1));
        List<LiveEvent> events = recorder.record(fill("s1", "X", Side.SELL, 3, 90, 0.3, 2));
        assertEquals(List.of("exit s1 of b1", "entry s1/2"), ids(events));
        // the fee splits by size: 0.1 for the 1 closed, 0.2 for the 2 opened short
        assertEquals(0.1, ((LiveExit) events.get(0)).fee(), 1e-12);
        assertEquals(0.2, ((LiveEntry) events.get(1)).fee(), 1e-12);
        OpenPosition shortTrade = tracker.openPositions().get(0);
        assertEquals("s1/2", shortTrade.tradeId());
        assertEquals(Side.SELL, shortTrade.side());
        assertEquals(2, shortTrade.openSize(), 0.0);
        // the venue's slippage, latency and fill type travel with each part
        assertEquals(1.5, ((LiveEntry) events.get(1)).fill().slippageBps(), 0.0);
        assertEquals(2_000_000, ((LiveEntry) events.get(1)).fill().latencyNanos());
    }

    @Test
    void severalTradesCloseOldestFirstAndOtherSymbolsAreLeftAlone() {
        recorder.record(fill("a", "X", Side.BUY, 1, 100, 0, 1));
        recorder.record(fill("y", "Y", Side.BUY, 5, 10, 0, 2));
        recorder.record(fill("b", "X", Side.BUY, 2, 101, 0, 3));
        assertEquals(List.of("exit s of a", "exit s/2 of b"), ids(recorder.record(fill("s", "X", Side.SELL, 2.5, 102, 0,
                4))));
        assertEquals(List.of("y 5.0", "b 0.5"), tracker.openPositions().stream()
                .map(p -> p.tradeId() + " " + p.openSize()).toList());
    }

    @Test
    void anEntryRefusedByTheCircuitBreakerIsNotRecorded() {
        recorder.record(fill("b1", "X", Side.BUY, 1, 10_000, 0, 1));
        // a 200 loss is 2% of the day's 10,000: above the 1% limit, the breaker trips
        recorder.record(fill("s1", "X", Side.SELL, 1, 9_800, 0, 2));
        assertThrows(EntryRefusedException.class, () -> recorder.record(fill("b2", "X", Side.BUY, 1, 9_800, 0, 3)));
        assertEquals(List.of(), tracker.openPositions());
        assertEquals(2, tracker.eventCount() - tracker.riskEvents().size());
    }
}

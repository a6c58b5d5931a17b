package dev.parallax.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.alert.AlertKind;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LiveExecutionTracker#recordExecution}: a venue's execution that names no trade, one event each. */
class ExecutionRecordingTest {

    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");
    private static final long NANOS = T0.getEpochSecond() * 1_000_000_000L;

    @TempDir
    Path dir;

    private final CollectingSink alerts = new CollectingSink();
    private TestClock clock;
    private LiveExecutionTracker tracker;

    @BeforeEach
    void open() {
        clock = new TestClock(T0.plusSeconds(3600));
        tracker = reopen(1_000);
    }

    @AfterEach
    void close() {
        tracker.close();
    }

    private LiveExecutionTracker reopen(int snapshotEvery) {
        return LiveExecutionTracker.builder(LiveTrackerSettings.builder("executions", dir, 10_000)
                        .limits(new RiskLimits(0.01, 1)).build())
                .clock(clock).alertSinks(List.of(alerts)).alertDelivery(Trackers.FAST_ALERTS)
                .snapshotEvery(snapshotEvery).open();
    }

    private static LiveExecution fill(String id, int sequence, String symbol, Side side, double size, double price,
                                      double fee, int second, boolean partial) {
        return new LiveExecution(new Fill(id, symbol, side, price, size, fee, FillType.AGGRESSIVE, 2_000_000, 1.5,
                NANOS + second * 1_000_000_000L, partial), sequence);
    }

    private static LiveExecution fill(String id, String symbol, Side side, double size, double price, double fee,
                                      int second) {
        return fill(id, 1, symbol, side, size, price, fee, second, false);
    }

    private List<String> openTrades() {
        return tracker.openPositions().stream().map(p -> p.tradeId() + " " + p.side() + " " + p.openSize()).toList();
    }

    @Test
    void aFillOpensATradeNamedByItsOrderAndTheOppositeFillClosesIt() {
        assertEquals(RecordOutcome.RECORDED, tracker.recordExecution(fill("b1", "X", Side.BUY, 2, 100, 0.2, 1)));
        tracker.recordExecution(fill("s1", "X", Side.SELL, 2, 103, 0.2, 2));
        // (103 - 100) * 2 gross, 0.4 of fees
        assertEquals(6 - 0.4, tracker.account().realizedPnl(), 1e-12);
        assertEquals(List.of(), tracker.openPositions());
        TradeRecord trade = tracker.trade("b1").orElseThrow();
        assertEquals(103, trade.averageExitPrice(), 0.0);
        assertEquals(0.4, trade.fees(), 1e-12);
        assertEquals(2, tracker.eventCount());
    }

    @Test
    void aReversingFillIsOneEventThatClosesTheTradeAndOpensTheRestUnderItsOrderId() {
        tracker.recordExecution(fill("b1", "X", Side.BUY, 1, 100, 0.1, 1));
        tracker.recordExecution(fill("s1", "X", Side.SELL, 3, 90, 0.3, 2));

        assertEquals(2, tracker.eventCount(), "one event per fill");
        assertEquals(List.of("s1 SELL 2.0"), openTrades());
        // the fee splits by size: 0.1 of the 0.3 closes b1 (with its own 0.1), 0.2 opens s1
        TradeRecord b1 = tracker.trade("b1").orElseThrow();
        assertTrue(b1.closed());
        assertEquals(0.1 + 0.3 * 1 / 3, b1.fees(), 1e-15);
        assertEquals(-10 - b1.fees(), b1.realizedPnl(), 1e-12);
        TradeRecord s1 = tracker.trade("s1").orElseThrow();
        assertEquals(0.3 * 2 / 3, s1.fees(), 1e-15);
        assertEquals(2, s1.entrySize(), 0.0);
        // the day counts what the fill did: one trade closed, one opened
        DailySummary day = tracker.dailySummary(LocalDate.of(2024, 3, 4)).orElseThrow();
        assertEquals(2, day.entries());
        assertEquals(1, day.exits());
    }

    @Test
    void severalTradesCloseOldestFirstAndOtherSymbolsAreLeftAlone() {
        tracker.recordExecution(fill("a", "X", Side.BUY, 1, 100, 0, 1));
        tracker.recordExecution(fill("y", "Y", Side.BUY, 5, 10, 0, 2));
        tracker.recordExecution(fill("b", "X", Side.BUY, 2, 101, 0, 3));
        tracker.recordExecution(fill("s", "X", Side.SELL, 2.5, 102, 0, 4));
        assertEquals(List.of("y BUY 5.0", "b BUY 0.5"), openTrades());
        // a closed at 102 (+2), b half closed at 102 (+1.5)
        assertEquals(3.5, tracker.account().realizedPnl(), 1e-12);
        assertEquals(2, tracker.dailySummary(LocalDate.of(2024, 3, 4)).orElseThrow().exits());
    }

    @Test
    void theFillsOfOneOrderAddToItsTradeAtTheirMeanPrice() {
        tracker.recordExecution(fill("b1", 1, "X", Side.BUY, 1, 100, 0.1, 1, true));
        tracker.recordExecution(fill("b1", 2, "X", Side.BUY, 3, 104, 0.3, 2, false));

        OpenPosition position = tracker.openPositions().get(0);
        assertEquals(4, position.openSize(), 0.0);
        assertEquals((100 + 3 * 104) / 4.0, position.entryPrice(), 1e-12);
        TradeRecord trade = tracker.trade("b1").orElseThrow();
        assertEquals(4, trade.entrySize(), 0.0);
        assertEquals(0.4, trade.fees(), 1e-15);
        assertEquals(1, tracker.dailySummary(LocalDate.of(2024, 3, 4)).orElseThrow().entries(), "one trade entered");
    }

    @Test
    void theSameFillUnderItsOrderIdAndSequenceIsRecordedOnceAlsoAfterAReopen() {
        LiveExecution first = fill("b1", 1, "X", Side.BUY, 1, 100, 0.1, 1, true);
        tracker.recordExecution(first);
        assertEquals(RecordOutcome.ALREADY_RECORDED, tracker.recordExecution(first));
        tracker.close();
        tracker = reopen(1_000);
        assertEquals(RecordOutcome.ALREADY_RECORDED, tracker.recordExecution(first));
        assertEquals(1, tracker.eventCount());
        assertEquals(1, tracker.openPositions().get(0).openSize(), 0.0);

        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordExecution(fill("b1", 1, "X", Side.BUY, 2, 100, 0.1, 1, true)));
        assertTrue(other.getMessage().startsWith("sequence 1 of order 'b1' is already recorded with another fill "
                + "(BUY 1.0 X at 100.0"), other.getMessage());
        assertEquals(1, tracker.eventCount());
    }

    @Test
    void badExecutionsAreRefusedNamingTheFieldAndNothingIsRecorded() {
        tracker.recordEntry(LiveEntry.of("T1", "X", Side.BUY, 1, 100, 0, T0));
        tracker.recordExecution(fill("o1", 1, "X", Side.BUY, 1, 100, 0, 1, true));
        long before = tracker.eventCount();

        assertEquals("price must be a finite number > 0, was NaN", assertThrows(IllegalArgumentException.class,
                () -> fill("o2", "X", Side.BUY, 1, Double.NaN, 0, 2)).getMessage());
        assertEquals("size must be a finite number > 0, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> fill("o2", "X", Side.BUY, -1, 100, 0, 2)).getMessage());
        assertEquals("sequence of order 'o2' must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> fill("o2", 0, "X", Side.BUY, 1, 100, 0, 2, false)).getMessage());
        assertEquals("orderId 'T1' of the execution is already used by an entry as its trade id; order ids must "
                + "differ from trade ids and exit ids", assertThrows(IllegalArgumentException.class,
                () -> tracker.recordExecution(fill("T1", "X", Side.BUY, 1, 100, 0, 2))).getMessage());
        assertEquals("the fills of order 'o1' must share its symbol and side: recorded a BUY of X, was a SELL of X",
                assertThrows(IllegalArgumentException.class,
                        () -> tracker.recordExecution(fill("o1", 2, "X", Side.SELL, 1, 100, 0, 2, false))).getMessage());
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordExecution(fill("o3", "X", Side.BUY, 1, 100, 0, -3600)));
        assertTrue(late.getMessage().startsWith("time must not be more than"), late.getMessage());
        assertEquals("tradeId 'o1' is already used by an execution as its order id; trade ids and order ids must "
                + "differ, use a new id", assertThrows(IllegalArgumentException.class,
                () -> tracker.recordEntry(LiveEntry.of("o1", "X", Side.BUY, 1, 100, 0, T0.plusSeconds(3)))).getMessage());
        assertEquals(before, tracker.eventCount());
    }

    @Test
    void anExitMayCloseATradeAnExecutionOpenedAndAnExecutionMayCloseANamedTrade() {
        tracker.recordExecution(fill("o1", "X", Side.BUY, 2, 100, 0, 1));
        tracker.recordExit(Trackers.exit("o1", "X", Side.SELL, 1, 101, 0, T0.plusSeconds(2)));
        tracker.recordEntry(LiveEntry.of("T1", "X", Side.SELL, 3, 102, 0, T0.plusSeconds(3)));
        // the sell trade T1 is the only one on the other side of a buy
        tracker.recordExecution(fill("o2", "X", Side.BUY, 1, 99, 0, 4));
        assertEquals(List.of("o1 BUY 1.0", "T1 SELL 2.0"), openTrades());
        IllegalArgumentException closed = assertThrows(IllegalArgumentException.class,
                () -> tracker.recordExit(Trackers.exit("o2", "X", Side.SELL, 1, 101, 0, T0.plusSeconds(5))));
        assertEquals("tradeId 'o2' names an order whose executions left no open trade (its trade is closed, or it "
                + "opened none); it cannot be exited", closed.getMessage());
    }

    @Test
    void anExecutionWhileTheBreakerIsTrippedIsRecordedWithARiskEventAndACriticalAlert() {
        tracker.recordExecution(fill("b1", "X", Side.BUY, 1, 10_000, 0, 1));
        // a 200 loss is 2% of the day's 10,000: above the 1% limit, the breaker trips
        tracker.recordExecution(fill("s1", "X", Side.SELL, 1, 9_800, 0, 2));
        assertTrue(tracker.breaker().tripped());
        long before = tracker.riskEvents().size();

        assertEquals(RecordOutcome.RECORDED, tracker.recordExecution(fill("b2", "X", Side.BUY, 1, 9_800, 0, 3)));
        assertEquals(List.of("b2 BUY 1.0"), openTrades());
        List<RiskEvent> risk = tracker.riskEvents();
        assertEquals(before + 1, risk.size());
        RiskEvent past = risk.get(risk.size() - 1);
        assertEquals(RiskEventKind.EXECUTION_WHILE_REFUSED, past.kind());
        assertTrue(past.reason().startsWith("fill 1 of order 'b2' (BUY 1.0 X at 9800.0"), past.reason());
        assertTrue(past.reason().contains("while new entries are refused: the circuit breaker tripped"), past.reason());

        // closing it needs no entry: no risk event
        tracker.recordExecution(fill("s2", "X", Side.SELL, 1, 9_800, 0, 4));
        assertEquals(before + 1, tracker.riskEvents().size());
        tracker.close();
        assertTrue(alerts.received().stream().anyMatch(a -> a.kind() == AlertKind.EXECUTION_WHILE_BREAKER_TRIPPED),
                alerts.received().toString());
        tracker = reopen(1_000);
    }

    @Test
    void aReopenedTrackerGivesTheSameFiguresFromItsSnapshotAndFromAFullReplay() {
        tracker.close();
        tracker = reopen(3);
        tracker.recordEntry(LiveEntry.of("T1", "X", Side.SELL, 1, 100, 0.05, T0));
        tracker.recordExecution(fill("o1", 1, "X", Side.BUY, 0.5, 99, 0.1, 1, true));
        tracker.recordExecution(fill("o1", 2, "X", Side.BUY, 2, 98, 0.2, 2, false));
        tracker.recordExecution(fill("o2", "Y", Side.SELL, 4, 10, 0.01, 3));
        tracker.mark(new PriceMark("X", 97.5, T0.plusSeconds(4)));
        tracker.recordExecution(fill("o3", 1, "X", Side.SELL, 1, 97, 0.1, 5, true));
        LiveSnapshot expected = tracker.snapshot();
        AccountFigures account = tracker.account();
        tracker.close();

        tracker = reopen(3); // from the snapshot of format 6 with two open trades executions opened
        assertEquals(expected, tracker.snapshot());
        assertEquals(account, tracker.account());
        tracker.close();
        tracker = reopen(1_000_000);
        assertEquals(expected, tracker.snapshot());
    }
}

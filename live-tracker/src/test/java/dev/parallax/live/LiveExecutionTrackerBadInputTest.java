package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.exit;
import static dev.parallax.live.Trackers.mark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.live.store.JdbcLiveEventStore;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class LiveExecutionTrackerBadInputTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-04T12:00:00Z"));
    private LiveExecutionTracker tracker;
    private List<LiveEvent> stored;
    private LiveSnapshot before;

    @BeforeEach
    void recordSomeTrades() {
        tracker = Trackers.open(Trackers.settings(dir), clock);
        tracker.recordEntry(buy("T1", 1, 100, 0.1, at("2024-03-04T10:00:00Z")));
        tracker.recordEntry(buy("T2", 2, 100, 0.1, at("2024-03-04T10:01:00Z")));
        tracker.recordExit(exit("T2", 2, 101, 0.1, at("2024-03-04T10:02:00Z")));
        tracker.recordExit(LiveFills.exitOfLong("T1", "T1-x1", 0.5, 101, 0.1, at("2024-03-04T10:03:00Z")));
        before = tracker.snapshot();
        tracker.close();
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(Trackers.settings(dir).databaseFile())) {
            stored = store.load();
        }
        tracker = Trackers.open(Trackers.settings(dir), clock);
    }

    @AfterEach
    void nothingRecordedChanged() {
        assertEquals(before, tracker.snapshot(), "memory");
        tracker.close();
        try (JdbcLiveEventStore store = JdbcLiveEventStore.sqlite(Trackers.settings(dir).databaseFile())) {
            assertEquals(stored, store.load(), "database");
        }
    }

    @Test
    void anExitOfAnUnknownTradeIsRejected() {
        rejected(() -> tracker.recordExit(exit("T9", 1, 100, 0, at("2024-03-04T11:00:00Z"))),
                "tradeId 'T9' of the exit has no entry");
    }

    @Test
    void aSecondFullExitIsRejected() {
        rejected(() -> tracker.recordExit(exit("T2", 2, 100, 0, at("2024-03-04T11:00:00Z"))),
                "tradeId 'T2' is already fully closed");
    }

    @Test
    void anExitLargerThanTheOpenSizeIsRejected() {
        rejected(() -> tracker.recordExit(exit("T1", 0.6, 100, 0, at("2024-03-04T11:00:00Z"))),
                "size must be <= the open size 0.5 of trade 'T1', was 0.6");
    }

    @Test
    void aDuplicateTradeIdIsRejected() {
        rejected(() -> tracker.recordEntry(buy("T2", 1, 100, 0, at("2024-03-04T11:00:00Z"))),
                "tradeId 'T2' is already recorded");
    }

    @Test
    void anExitOfAnotherSymbolOrNotOnTheClosingSideIsRejectedAndNothingIsRecorded() {
        Instant t = at("2024-03-04T11:00:00Z");
        rejected(() -> tracker.recordExit(Trackers.exit("T1", "ETH/USD", Side.SELL, 0.1, 100, 0, t)),
                "the exit of trade 'T1' must be a SELL of BTC/USD (the trade is a BUY), was a SELL of ETH/USD");
        rejected(() -> tracker.recordExit(Trackers.exit("T1", "BTC/USD", Side.BUY, 0.1, 100, 0, t)),
                "the exit of trade 'T1' must be a SELL of BTC/USD (the trade is a BUY), was a BUY of BTC/USD");
        assertEquals(before, tracker.snapshot());
    }

    @Test
    void anExitThatIsNotComparedCarriesItsTradesIdAsOrderId() {
        Fill other = LiveFills.fill("X9", "BTC/USD", Side.SELL, 0.1, 100, 0, at("2024-03-04T11:00:00Z"), 0, 0);
        rejected(() -> new LiveExit("T1", other, false),
                "an exit that is not compared carries its trade's id 'T1' as its fill's order id, was 'X9'");
    }

    @Test
    void aDuplicateExitIdIsRejected() {
        rejected(() -> tracker.recordExit(LiveFills.exitOfLong("T1", "T1-x1", 0.1, 100, 0,
                at("2024-03-04T11:00:00Z"))), "exitId 'T1-x1' is already used");
    }

    @Test
    void anEntryWhoseTradeIdIsAnEarlierExitIdIsRejected() {
        // exit ids and trade ids share the parity tracker's id space: an exit cannot take a trade id,
        // and an entry cannot take an exit id, or parity would drop the entry as a second live fill
        rejected(() -> tracker.recordEntry(buy("T1-x1", 1, 100, 0, at("2024-03-04T11:00:00Z"))),
                "tradeId 'T1-x1' is already used by an exit");
    }

    @Test
    void aTimeFarBeforeTheNewestEventIsRejected() {
        rejected(() -> tracker.recordEntry(buy("T3", 1, 100, 0, at("2024-03-04T09:00:00Z"))),
                "time must not be more than PT5M before the newest recorded event");
    }

    @Test
    void aTimeFarAheadOfTheClockIsRejected() {
        rejected(() -> tracker.mark(mark(100, at("2024-03-05T12:00:00Z"))),
                "time must not be more than PT5M after the clock");
    }

    @Test
    void anExitBeforeItsEntryIsRejected() {
        tracker.close();
        tracker = LiveExecutionTracker
                .builder(Trackers.settings(dir).toBuilder().maxTimeSkew(Duration.ofHours(2)).build())
                .clock(clock).alertSinks(List.of()).open();
        rejected(() -> tracker.recordExit(exit("T1", 0.1, 100, 0, at("2024-03-04T09:59:00Z"))),
                "time must not be before the entry time 2024-03-04T10:00:00Z of trade 'T1'");
    }

    @Test
    void negativeNanAndInfiniteSizesAndPricesAreRejectedBeforeTheyReachTheTracker() {
        Instant t = at("2024-03-04T11:00:00Z");
        rejected(() -> buy("T3", -1, 100, 0, t), "size must be a finite number > 0, was -1.0");
        rejected(() -> buy("T3", Double.NaN, 100, 0, t), "size must be a finite number > 0, was NaN");
        rejected(() -> buy("T3", 1, Double.NaN, 0, t), "price must be a finite number > 0, was NaN");
        rejected(() -> buy("T3", 1, -5, 0, t), "price must be a finite number > 0, was -5.0");
        rejected(() -> buy("T3", 1, 100, Double.POSITIVE_INFINITY, t), "fee must be a finite number, was Infinity");
        rejected(() -> exit("T1", 0, 100, 0, t), "size must be a finite number > 0, was 0.0");
        rejected(() -> exit("T1", 0.1, Double.NaN, 0, t), "price must be a finite number > 0, was NaN");
        rejected(() -> mark(-1, t), "price must be a finite number > 0, was -1.0");
        rejected(() -> LiveEntry.of(" ", "BTC/USD", Side.BUY, 1, 1, 0, t), "tradeId must not be blank");
        rejected(() -> LiveEntry.of("T3\n", "BTC/USD", Side.BUY, 1, 1, 0, t), "tradeId must not contain control");
        rejected(() -> LiveFills.entry("T3", "BTC/USD", Side.BUY, 1, 1, 0, t, 15_000, 0),
                "slippageBps must lie strictly between -10000 and 10000");
    }

    @Test
    void sizesPricesNotionalsFeesAndBalancesBeyondTheirBoundsAreRejected() {
        Instant t = at("2024-03-04T11:00:00Z");
        rejected(() -> buy("T3", 1e308, 1e308, 0, t), "size must be <= 1.0E12 (FillBounds.MAX_SIZE");
        rejected(() -> buy("T3", 1, 2e12, 0, t), "price must be <= 1.0E12 (FillBounds.MAX_PRICE");
        rejected(() -> buy("T3", 1e6, 1e10, 0, t), "notional (size * price) must be <= 1.0E15 "
                + "(FillBounds.MAX_NOTIONAL, so that P&L and equity stay finite), was 1.0E16 (size 1000000.0, "
                + "price 1.0E10)");
        rejected(() -> buy("T3", 1, 100, -1.5e12, t), "fee must be between -1.0E12 and 1.0E12");
        rejected(() -> exit("T1", 0.5, 1e13, 0, t), "price must be <= 1.0E12");
        rejected(() -> exit("T1", 0.5, 100, 1e13, t), "fee must be between");
        rejected(() -> mark(1e300, t), "price must be <= 1.0E12");
        rejected(() -> LiveTrackerSettings.of("x", dir, 1e16), "initialBalance must be <= 1.0E15");
        rejected(() -> tracker.recordEntry(buy("T3", 1e12, 1e12, 0, t)), "notional (size * price) must be <= 1.0E15");
        // The bounds themselves are accepted.
        assertEquals(1e15, buy("T3", 1e3, 1e12, 1e12, t).price() * 1e3);
        assertEquals(1e12, buy("T3", 1e12, 1e3, -1e12, t).size());
    }

    @Test
    void aStrategyNameThatCouldLeaveTheDataFolderIsRejected() {
        rejected(() -> LiveTrackerSettings.of("../escape", dir, 1_000), "cannot leave the data folder");
        rejected(() -> LiveTrackerSettings.of("a/b", dir, 1_000), "cannot leave the data folder");
        rejected(() -> LiveTrackerSettings.of("..", dir, 1_000), "cannot leave the data folder");
        assertTrue(Files.notExists(dir.getParent().resolve("escape_live.db")));
    }

    @Test
    void timesAndLatenciesTheStoreCannotHoldAreRefusedWhenTheEventIsMade() {
        Instant beforeStoreRange = Instant.parse("1677-09-21T00:12:43.145224191Z");
        Instant afterStoreRange = Instant.parse("2262-04-11T23:47:16.854775808Z");
        rejected(() -> LiveEntry.of("T3", "AAPL", Side.BUY, 1, 100, 0.1, beforeStoreRange),
                "time must be between 1677-09-21T00:12:43.145224192Z and 2262-04-11T23:47:16.854775807Z");
        rejected(() -> LiveExit.notCompared("T1", "BTC/USD", Side.SELL, 0.5, 101, 0.1, afterStoreRange),
                "was 2262-04-11T23:47:16.854775808Z");
        rejected(() -> new PriceMark("AAPL", 100, Instant.MAX), "time must be between");
        rejected(() -> new RiskEvent(RiskEventKind.BREAKER_RESET, Instant.MIN, "reset", "ops"), "time must be between");
        // a latency is a long of nanoseconds (Fill), so none is beyond what the store holds; negative is refused
        rejected(() -> LiveFills.entry("T3", "BTC/USD", Side.BUY, 1, 1, 0, beforeStoreRange.plusNanos(1), 0, -1), "latencyNanos must be >= 0");
        // The bounds themselves are accepted.
        Instant earliest = Instant.parse("1677-09-21T00:12:43.145224192Z");
        Instant latest = Instant.parse("2262-04-11T23:47:16.854775807Z");
        assertEquals(earliest, new PriceMark("AAPL", 100, earliest).time());
        assertEquals(latest, new PriceMark("AAPL", 100, latest).time());
        assertEquals(Long.MAX_VALUE,
                LiveFills.entry("T3", "BTC/USD", Side.BUY, 1, 1, 0, latest, 0, Long.MAX_VALUE).fill().latencyNanos());
    }

    @Test
    void aDatabaseCreatedWithAnotherInitialBalanceIsRefused() {
        tracker.close();
        LiveStoreException e = assertThrows(LiveStoreException.class,
                () -> LiveExecutionTracker.builder(LiveTrackerSettings.of(Trackers.STRATEGY, dir, 5_000)).clock(clock)
                        .alertSinks(List.of()).open());
        assertTrue(e.getMessage().contains("was created with initial balance 10000.0, but the settings say 5000.0"),
                e.getMessage());
        tracker = Trackers.open(Trackers.settings(dir), clock);
    }

    private static void rejected(Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
    }
}

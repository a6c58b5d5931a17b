package dev.parallax.live;

import static dev.parallax.live.LiveExecutionTrackerTest.at;
import static dev.parallax.live.Trackers.buy;
import static dev.parallax.live.Trackers.exit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.api.Side;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailySummaryTest {

    private static final double EPS = 1e-9;
    private static final LocalDate MARCH_4 = LocalDate.of(2024, 3, 4);
    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2024-03-05T18:00:00Z"));
    private LiveExecutionTracker tracker;

    @AfterEach
    void closeTracker() {
        tracker.close();
    }

    private void recordTwoNewYorkDays() {
        tracker = Trackers.open(Trackers.settings(dir).toBuilder().zone(ZoneId.of("America/New_York")).build(), clock);
        tracker.recordEntry(buy("A", 1, 100, 1, at("2024-03-04T15:00:00Z")));
        tracker.recordExit(exit("A", 1, 110, 1, at("2024-03-04T20:00:00Z")));
        tracker.recordEntry(LiveEntry.of("B", "ETH/USD", Side.BUY, 2, 50, 0.5, at("2024-03-05T03:00:00Z")));
        tracker.mark(new PriceMark("ETH/USD", 45, at("2024-03-05T04:30:00Z")));     // 23:30 in New York, March 4
        tracker.recordExit(exit("B", "ETH/USD", Side.SELL, 1, 40, 0.25, at("2024-03-05T14:00:00Z")));
        tracker.recordExit(exit("B", "ETH/USD", Side.SELL, 1, 55, 0.25, at("2024-03-05T15:00:00Z")));
        tracker.recordEntry(buy("C", 1, 55, 0, at("2024-03-05T16:00:00Z")));
        tracker.recordExit(exit("C", 1, 56, 0, at("2024-03-05T17:00:00Z")));
    }

    @Test
    void aDayInTheConfiguredZoneCountsItsEntriesExitsWinsFeesAndPnl() {
        recordTwoNewYorkDays();

        DailySummary day = tracker.dailySummary(MARCH_4).orElseThrow();
        assertEquals(10_000, day.startingEquity(), EPS);
        assertEquals(2, day.entries(), "B was entered at 22:00 New York time");
        assertEquals(1, day.exits());
        assertEquals(1, day.closedTrades().count());
        assertEquals(1.0, day.winRate());
        assertEquals(2.5, day.fees(), EPS);
        assertEquals(10 - 2.5, day.realizedPnl(), EPS);
        assertEquals(10_000 + 7.5 - 10, day.endingEquity(), EPS, "B is open, 10 under water at 45");
        assertTrue(day.limitsTripped().isEmpty());
    }

    @Test
    void theNextDayStartsFromThePreviousDaysEndingEquity() {
        recordTwoNewYorkDays();

        DailySummary day = tracker.dailySummary(MARCH_5).orElseThrow();
        assertEquals(9_997.5, day.startingEquity(), EPS);
        assertEquals(1, day.entries());
        assertEquals(3, day.exits());
        assertEquals(2, day.closedTrades().count());
        assertEquals(0.5, day.winRate(), "B lost 6, C won 1");
        assertEquals(-6, day.closedTrades().largestLoss(), EPS);
        assertEquals(0.5, day.fees(), EPS);
        assertEquals(-10 + 5 + 1 - 0.5, day.realizedPnl(), EPS);
        assertEquals(10_003, day.endingEquity(), EPS);
        assertEquals(5.5, day.equityChange(), EPS, "realised -4.5 plus the 10 of unrealised loss given back");
        assertEquals(List.of(MARCH_4, MARCH_5), tracker.dailySummaries().stream().map(DailySummary::date).toList());
        assertTrue(tracker.dailySummary(LocalDate.of(2024, 3, 6)).isEmpty());
    }

    @Test
    void aFillReportedLateAcrossMidnightStillEndsInTheDailyEquity() {
        clock.set(Instant.parse("2024-03-05T00:03:00Z"));
        tracker = Trackers.open(Trackers.settings(dir), clock);
        tracker.recordEntry(buy("A", 1, 100, 0, at("2024-03-04T20:00:00Z")));
        tracker.mark(Trackers.mark(101, at("2024-03-05T00:01:00Z")));
        // the exit fill of 23:59 arrives after the mark of 00:01, inside the 5 minutes of skew
        tracker.recordExit(exit("A", 1, 102, 5, at("2024-03-04T23:59:00Z")));

        // 10,000 + (102 - 100) - 5: nothing is open, so both days end at 9,997
        assertEquals(9_997, tracker.account().equity(), EPS);
        DailySummary march4 = tracker.dailySummary(MARCH_4).orElseThrow();
        assertEquals(9_997, march4.endingEquity(), EPS);
        assertEquals(-3, march4.realizedPnl(), EPS);
        assertEquals(9_997, tracker.dailySummary(MARCH_5).orElseThrow().endingEquity(), EPS,
                "March 5 ends after the fill of March 4, 23:59");
        double[] equity = tracker.dailyEquity();
        assertEquals(3, equity.length);
        assertEquals(9_997, equity[2], EPS, "the last daily equity is the account's equity");
        assertEquals(9_997.0 / 10_000 - 1, tracker.performance().returns().totalReturn(), EPS);
    }

    @Test
    void aDayWithATripListsTheLimitsTripped() {
        tracker = Trackers.open(Trackers.settings(dir), clock);
        tracker.recordEntry(buy("A", 20, 100, 0, at("2024-03-05T10:00:00Z")));
        tracker.recordExit(exit("A", 20, 40, 0, at("2024-03-05T11:00:00Z")));

        DailySummary day = tracker.dailySummary(MARCH_5).orElseThrow();
        assertEquals(List.of(RiskEventKind.DAILY_LOSS_LIMIT, RiskEventKind.DRAWDOWN_ALERT),
                day.limitsTripped().stream().map(RiskEvent::kind).toList());
        assertEquals(-1_200, day.realizedPnl(), EPS, "12% of 10,000: both limits at once");
        assertEquals(0.0, day.winRate());
    }
}

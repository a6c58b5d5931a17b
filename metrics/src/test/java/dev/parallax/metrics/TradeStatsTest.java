package dev.parallax.metrics;

import static dev.parallax.metrics.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TradeStatsTest {

    private static final long HOUR = 3_600_000_000_000L;

    @Test
    void syntheticTradesMatchTheReference() {
        for (String name : new String[] {"trades", "tradesWithoutRisk"}) {
            JsonNode node = Reference.fixture(name);
            List<ClosedTrade> trades = new ArrayList<>();
            for (JsonNode t : node.get("trades")) {
                double risk = t.get(3).isNull() ? Double.NaN : t.get(3).asDouble();
                trades.add(new ClosedTrade(t.get(0).asDouble(), t.get(1).asLong(), t.get(2).asLong(), risk));
            }
            TradeStats stats = TradeStats.of(trades);
            JsonNode e = node.get("expected");
            assertAll(name,
                    () -> assertEquals(e.get("count").asInt(), stats.count()),
                    () -> assertEquals(e.get("winners").asInt(), stats.winners()),
                    () -> assertEquals(e.get("losers").asInt(), stats.losers()),
                    () -> assertEquals(e.get("breakEven").asInt(), stats.breakEven()),
                    () -> assertClose(e.get("winRate").asDouble(), stats.winRate(), "winRate"),
                    () -> assertClose(e.get("grossProfit").asDouble(), stats.grossProfit(), "grossProfit"),
                    () -> assertClose(e.get("grossLoss").asDouble(), stats.grossLoss(), "grossLoss"),
                    () -> assertClose(e.get("netProfit").asDouble(), stats.netProfit(), "netProfit"),
                    () -> assertClose(e.get("profitFactor").asDouble(), stats.profitFactor(), "profitFactor"),
                    () -> assertClose(e.get("expectancy").asDouble(), stats.expectancy(), "expectancy"),
                    () -> assertClose(e.get("expectancyPerRisk").asDouble(), stats.expectancyPerRisk(), "expectancyPerRisk"),
                    () -> assertClose(e.get("averageWin").asDouble(), stats.averageWin(), "averageWin"),
                    () -> assertClose(e.get("averageLoss").asDouble(), stats.averageLoss(), "averageLoss"),
                    () -> assertClose(e.get("payoffRatio").asDouble(), stats.payoffRatio(), "payoffRatio"),
                    () -> assertClose(e.get("largestWin").asDouble(), stats.largestWin(), "largestWin"),
                    () -> assertClose(e.get("largestLoss").asDouble(), stats.largestLoss(), "largestLoss"),
                    () -> assertEquals(Duration.ofNanos(e.get("averageHoldingNanos").asLong()), stats.averageHoldingTime()),
                    () -> assertEquals(Duration.ofNanos(e.get("medianHoldingNanos").asLong()), stats.medianHoldingTime()),
                    () -> assertEquals(e.get("longestWinningStreak").asInt(), stats.longestWinningStreak()),
                    () -> assertEquals(e.get("longestLosingStreak").asInt(), stats.longestLosingStreak()),
                    () -> assertClose(e.get("sqn").asDouble(), stats.sqn(), "sqn"));
        }
    }

    @Test
    void fiveTradesWorkedOutByHand() {
        // pnl 100, -50, 0, 200, -25 with risks 50, 25, 10, 100, 25; held 1, 2, 3, 4, 10 hours
        List<ClosedTrade> trades = List.of(
                new ClosedTrade(100, 0, HOUR, 50),
                new ClosedTrade(-50, 0, 2 * HOUR, 25),
                new ClosedTrade(0, 0, 3 * HOUR, 10),
                new ClosedTrade(200, 0, 4 * HOUR, 100),
                new ClosedTrade(-25, 0, 10 * HOUR, 25));
        TradeStats stats = TradeStats.of(trades);
        assertAll(
                () -> assertEquals(5, stats.count()),
                () -> assertEquals(2, stats.winners()),
                () -> assertEquals(2, stats.losers()),
                () -> assertEquals(1, stats.breakEven()),
                () -> assertEquals(0.4, stats.winRate(), 1e-12),
                () -> assertEquals(300, stats.grossProfit(), 1e-12),
                () -> assertEquals(-75, stats.grossLoss(), 1e-12),
                () -> assertEquals(225, stats.netProfit(), 1e-12),
                () -> assertEquals(4.0, stats.profitFactor(), 1e-12),          // 300 / 75
                () -> assertEquals(45, stats.expectancy(), 1e-12),             // 225 / 5
                () -> assertEquals(0.2, stats.expectancyPerRisk(), 1e-12),     // (2 - 2 + 0 + 2 - 1) / 5
                () -> assertEquals(150, stats.averageWin(), 1e-12),
                () -> assertEquals(-37.5, stats.averageLoss(), 1e-12),
                () -> assertEquals(4.0, stats.payoffRatio(), 1e-12),           // 150 / 37.5
                () -> assertEquals(200, stats.largestWin(), 0.0),
                () -> assertEquals(-50, stats.largestLoss(), 0.0),
                () -> assertEquals(Duration.ofHours(4), stats.averageHoldingTime()),   // 20 h / 5
                () -> assertEquals(Duration.ofHours(3), stats.medianHoldingTime()),
                () -> assertEquals(1, stats.longestWinningStreak()),
                () -> assertEquals(1, stats.longestLosingStreak()),
                // mean 45; deviations 55, -95, -45, 155, -70; squares 3025 + 9025 + 2025 + 24025 + 4900 = 43000
                // sample sd sqrt(43000 / 4) = sqrt(10750); SQN = sqrt(5) * 45 / sqrt(10750)
                () -> assertEquals(Math.sqrt(5) * 45 / Math.sqrt(10750), stats.sqn(), 1e-12));
    }

    @Test
    void streaksCountConsecutiveOutcomesAndBreakEvenEndsThem() {
        double[] pnl = {1, 2, 3, 0, 4, -1, -2, 5, -1, -1, -1, -1, 0, -1};
        List<ClosedTrade> trades = Arrays.stream(pnl).mapToObj(p -> ClosedTrade.of(p, 0, 1)).toList();
        TradeStats stats = TradeStats.of(trades);
        assertEquals(3, stats.longestWinningStreak());
        assertEquals(4, stats.longestLosingStreak());
    }

    @Test
    void profitFactorIsInfiniteWithoutLosingTrades() {
        TradeStats stats = TradeStats.of(List.of(ClosedTrade.of(10, 0, 1), ClosedTrade.of(0, 0, 1), ClosedTrade.of(5, 0, 1)));
        assertEquals(Double.POSITIVE_INFINITY, stats.profitFactor());
        assertEquals(Double.POSITIVE_INFINITY, stats.payoffRatio());
        assertEquals(Double.NaN, stats.averageLoss());
        assertEquals(Double.NaN, stats.largestLoss());
        assertEquals(0.0, stats.grossLoss(), 0.0);
    }

    @Test
    void onlyLosingTradesGiveAZeroProfitFactorAndPayoff() {
        TradeStats stats = TradeStats.of(List.of(ClosedTrade.of(-10, 0, 1), ClosedTrade.of(-5, 0, 1)));
        assertEquals(0.0, stats.profitFactor(), 0.0);
        assertEquals(0.0, stats.payoffRatio(), 0.0);
        assertEquals(0.0, stats.winRate(), 0.0);
    }

    @Test
    void breakEvenTradesOnlyDefineNoRatio() {
        TradeStats stats = TradeStats.of(List.of(ClosedTrade.of(0, 0, 1), ClosedTrade.of(0, 0, 3)));
        assertEquals(Double.NaN, stats.profitFactor());
        assertEquals(Double.NaN, stats.payoffRatio());
        assertEquals(Double.NaN, stats.sqn(), "every P&L the same: zero spread");
        assertEquals(Duration.ofNanos(2), stats.medianHoldingTime());
    }

    @Test
    void noTradesGiveZeroCountsAndNaNFigures() {
        TradeStats stats = TradeStats.of(List.of());
        assertAll(
                () -> assertEquals(0, stats.count()),
                () -> assertEquals(Double.NaN, stats.winRate()),
                () -> assertEquals(0.0, stats.grossProfit(), 0.0),
                () -> assertEquals(Double.NaN, stats.profitFactor()),
                () -> assertEquals(Double.NaN, stats.expectancy()),
                () -> assertEquals(Double.NaN, stats.expectancyPerRisk()),
                () -> assertEquals(Double.NaN, stats.sqn()),
                () -> assertEquals(Duration.ZERO, stats.averageHoldingTime()),
                () -> assertEquals(Duration.ZERO, stats.medianHoldingTime()),
                () -> assertEquals(0, stats.longestWinningStreak()));
    }

    @Test
    void oneTradeHasNoSqn() {
        TradeStats stats = TradeStats.of(List.of(new ClosedTrade(30, 0, HOUR, 10)));
        assertEquals(Double.NaN, stats.sqn());
        assertEquals(3.0, stats.expectancyPerRisk(), 0.0);
        assertEquals(Duration.ofHours(1), stats.medianHoldingTime());
    }

    @Test
    void expectancyPerRiskNeedsARiskOnEveryTrade() {
        TradeStats stats = TradeStats.of(List.of(new ClosedTrade(30, 0, 1, 10), ClosedTrade.of(10, 0, 1)));
        assertEquals(Double.NaN, stats.expectancyPerRisk());
    }

    @Test
    void manySmallTradesAddUpWithoutDrift() {
        List<ClosedTrade> trades = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            trades.add(ClosedTrade.of(0.1, 0, 1));
        }
        // naive summation of 0.1 a hundred thousand times is off by about 1e-8; compensated is exact to the double
        assertEquals(10_000.0, TradeStats.of(trades).grossProfit(), 1e-11);
    }

    @Test
    void theAverageHoldingTimeIsExactWhenTheTotalIsBeyondALongOfNanoseconds() {
        // three trades of about 127 years: the total, 1.2e19 ns, does not fit in a long
        long years = 4_000_000_000_000_000_000L;
        List<ClosedTrade> trades = List.of(ClosedTrade.of(1, -years, 999_999_999L),
                ClosedTrade.of(1, -years / 2, years / 2 + 1), ClosedTrade.of(1, 0, years + 500_000_000L));
        assertEquals(Duration.ofNanos(years + 500_000_000L), TradeStats.of(trades).averageHoldingTime());
    }

    @Test
    void theAverageHoldingTimeIsTheMeanOfTheDurationsRoundedTowardZero() {
        SplittableRandom random = new SplittableRandom(11);
        List<ClosedTrade> trades = new ArrayList<>();
        Duration total = Duration.ZERO;
        for (int i = 0; i < 1_000; i++) {
            long entry = random.nextLong(-4_000_000_000_000_000_000L, 0);
            long holding = i % 2 == 0 ? random.nextLong(4_000_000_000_000_000_000L) : random.nextLong(3_000_000_000L);
            trades.add(ClosedTrade.of(1, entry, entry + holding));
            total = total.plusNanos(holding);
        }
        assertEquals(total.dividedBy(1_000), TradeStats.of(trades).averageHoldingTime());
    }

    @Test
    void badTradesAreRejected() {
        IllegalArgumentException exit = assertThrows(IllegalArgumentException.class, () -> ClosedTrade.of(1, 10, 5));
        assertEquals("exitTimeNanos must be >= entryTimeNanos (10), was 5", exit.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClosedTrade.of(Double.NaN, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ClosedTrade(1, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ClosedTrade(1, 0, 1, Double.POSITIVE_INFINITY));
        List<ClosedTrade> withNull = new ArrayList<>();
        withNull.add(ClosedTrade.of(1, 0, 1));
        withNull.add(null);
        IllegalArgumentException nullTrade = assertThrows(IllegalArgumentException.class, () -> TradeStats.of(withNull));
        assertEquals("trades[1] must not be null", nullTrade.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TradeStats.of(null));
    }

    @Test
    void aHoldingTimeBeyondALongOfNanosecondsIsRejected() {
        // 1e19 ns (about 317 years) from 1811 to 2128: exit - entry does not fit in a long, and
        // used to wrap round to a negative holding time
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClosedTrade.of(1, -5_000_000_000_000_000_000L, 5_000_000_000_000_000_000L));
        assertEquals("exitTimeNanos - entryTimeNanos (the holding time) must fit in a long of nanoseconds "
                + "(about 292 years), was 5000000000000000000 - -5000000000000000000", e.getMessage());
        assertEquals(Long.MAX_VALUE, ClosedTrade.of(1, -1, Long.MAX_VALUE - 1).holdingNanos());
    }

    @Test
    void instantsConvertToEpochNanoseconds() {
        ClosedTrade trade = ClosedTrade.of(5, Instant.parse("2024-01-02T10:00:00Z"), Instant.parse("2024-01-02T10:00:01.5Z"));
        assertEquals(1_500_000_000L, trade.holdingNanos());
        assertEquals(2.5, trade.withRisk(2).rMultiple(), 0.0);
    }
}

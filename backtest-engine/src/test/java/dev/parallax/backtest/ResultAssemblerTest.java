package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.AccountOutcome;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.EquitySeries;
import dev.parallax.backtest.result.RegimeSummary;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.core.ExecutionStatistics;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultAssemblerTest {

    private static final long SECOND = 1_000_000_000L;

    /** Statistics of the trades entered in {@code regime}, in closing order, worked out from the trades themselves. */
    private static TradeStats expected(List<TradeRecord> trades, Regime regime) {
        return TradeStats.of(trades.stream().filter(t -> t.regimeAtEntry() == regime)
                .map(TradeRecord::toClosedTrade).toList());
    }

    private static BacktestResult assemble(BacktestConfig config, Portfolio portfolio, EquitySeries equity) {
        long last = equity.size() == 0 ? 0 : equity.timeAt(equity.size() - 1);
        return ResultAssembler.assemble("s", config, portfolio, equity, List.of(), equity.size(), 0, last,
                new ExecutionStatistics(0, 0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN), AccountOutcome.CLEAN);
    }

    @Test
    void eachRegimeGetsTheStatisticsOfTheTradesEnteredInItInClosingOrder() {
        Portfolio portfolio = new Portfolio(10_000);
        Regime[] regimes = {Regime.RANGING, Regime.TRENDING, Regime.RANGING, Regime.VOLATILE, Regime.RANGING,
                Regime.TRENDING, Regime.RANGING};
        double[] exits = {101, 97, 104, 100, 96, 110, 99.5};
        for (int i = 0; i < regimes.length; i++) {
            // round trips of different lengths and results, so any mix-up changes some statistic
            portfolio.apply("X", Side.BUY, 100, 1 + i, 0.1, i * 100 * SECOND, regimes[i]);
            portfolio.apply("X", Side.SELL, exits[i], 1 + i, 0.1, (i * 100 + 1 + i * i) * SECOND, Regime.UNKNOWN);
        }
        BacktestResult result = assemble(BacktestConfig.DEFAULT, portfolio,
                new EquitySeries(new long[] {SECOND}, new double[] {10_000}));

        List<TradeRecord> trades = result.trades();
        assertEquals(7, trades.size());
        assertEquals(TradeStats.of(trades.stream().map(TradeRecord::toClosedTrade).toList()), result.tradeStats());
        assertEquals(List.of(Regime.values()), result.regimes().stream().map(RegimeSummary::regime).toList());
        for (RegimeSummary summary : result.regimes()) {
            assertEquals(expected(trades, summary.regime()), summary.stats(), summary.regime().name());
        }
        assertEquals(4, result.regimes().get(Regime.RANGING.ordinal()).stats().count());
        assertEquals(0, result.regimes().get(Regime.UNKNOWN.ordinal()).stats().count());
    }

    @Test
    void theDailyPointsAreTheLastEquityPointOfEachLocalDay() {
        // a point every 5 hours for 60 days across the start of daylight saving time in New York
        ZoneId zone = ZoneId.of("America/New_York");
        long start = Instant.parse("2024-02-20T00:00:00Z").getEpochSecond() * SECOND;
        int n = 60 * 24 / 5;
        long[] times = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = start + i * 5 * 3_600 * SECOND;
            values[i] = 10_000 + i;
        }
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = Instant.ofEpochSecond(times[i] / SECOND).atZone(zone).toLocalDate();
            if (i == n - 1 || !Instant.ofEpochSecond(times[i + 1] / SECOND).atZone(zone).toLocalDate().equals(day)) {
                expected.add(times[i]);
            }
        }
        BacktestResult result = assemble(BacktestConfig.builder().calendar(252, zone).build(), new Portfolio(10_000),
                new EquitySeries(times, values));
        assertEquals(61, expected.size());
        assertEquals(expected, Arrays.stream(result.dailyTimesNanos()).boxed().toList());
        assertEquals(61, result.dailyReturns().length);
    }

    @Test
    void aSeriesOfOnePointHasOneDayAndAnEmptyOneNone() {
        BacktestResult one = assemble(BacktestConfig.builder().initialCash(10_000).build(), new Portfolio(10_000),
                new EquitySeries(new long[] {SECOND}, new double[] {10_100}));
        assertArrayEquals(new long[] {SECOND}, one.dailyTimesNanos());
        assertArrayEquals(new double[] {0.01}, one.dailyReturns(), 1e-12);
        BacktestResult none = assemble(BacktestConfig.DEFAULT, new Portfolio(10_000),
                new EquitySeries(new long[0], new double[0]));
        assertEquals(0, none.dailyTimesNanos().length);
    }

    @Test
    void theDayOfRuinReturnsMinusOneAndLaterDaysNothingWhateverTheEquityAfterwards() {
        long[] days = {10, 20, 30, 40};
        double[] returns = {0.1, 0.05, 0.02, 0.3};
        ResultAssembler.ruinReturns(days, returns, 15);
        assertArrayEquals(new double[] {0.1, -1.0, 0.0, 0.0}, returns, 0.0);
    }

    @Test
    void aDayThatAlreadyClosedAtZeroKeepsItsMinusOne() {
        long[] days = {10, 20, 30};
        double[] returns = {-1.0, 0.0, 0.0};
        ResultAssembler.ruinReturns(days, returns, 25);
        assertArrayEquals(new double[] {-1.0, 0.0, 0.0}, returns, 0.0);
    }
}

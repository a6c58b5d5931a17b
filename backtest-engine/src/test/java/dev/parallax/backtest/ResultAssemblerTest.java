package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.EquitySeries;
import dev.parallax.backtest.result.RegimeSummary;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.metrics.TradeStats;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.core.ExecutionStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultAssemblerTest {

    private static final long SECOND = 1_000_000_000L;

    /** Statistics of the trades entered in {@code regime}, in closing order, worked out from the trades themselves. */
    private static TradeStats expected(List<TradeRecord> trades, Regime regime) {
        return TradeStats.of(trades.stream().filter(t -> t.regimeAtEntry() == regime)
                .map(TradeRecord::toClosedTrade).toList());
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
        BacktestResult result = ResultAssembler.assemble("s", BacktestConfig.DEFAULT, portfolio,
                new EquitySeries(new long[] {SECOND}, new double[] {10_000}), List.of(), 1, SECOND, SECOND,
                new ExecutionStatistics(0, 0, 0, 0, 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN));

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
}

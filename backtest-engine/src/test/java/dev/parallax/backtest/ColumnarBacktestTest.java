package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.ColumnarConfig;
import dev.parallax.backtest.columnar.ColumnarSmaCross;
import dev.parallax.backtest.columnar.SyntheticBars;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.ColumnarResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.backtest.strategy.SmaCrossStrategy;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.core.fee.MakerTakerFeeModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ColumnarBacktestTest {

    private static BacktestResult eventEngine(BarSeries bars, BarExecution execution, double feeBps, double slipBps,
                                              boolean longShort) {
        BacktestConfig config = BacktestConfig.DEFAULT.withBarSpreadBps(0).withBarExecution(execution)
                .withModels(() -> TestData.FRICTIONLESS.withFee(new MakerTakerFeeModel(0, 0, feeBps, 0))
                        .withSlippage((o, t, s, m, r) -> slipBps))
                .withAccount(longShort ? TestData.MARGIN : AccountType.cash());
        List<dev.parallax.sim.api.data.Bar> list = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            list.add(bars.bar(i));
        }
        return new BacktestEngine(config).run(new SmaCrossStrategy(bars.symbol(), 5, 20, longShort,
                PositionSizing.fixedUnits(3)), MarketDataSource.of(list));
    }

    private static ColumnarResult columnar(BarSeries bars, BarExecution execution, double feeBps, double slipBps,
                                           boolean longShort) {
        return new ColumnarBacktest(new ColumnarConfig(100_000, execution, feeBps, slipBps, true, true))
                .run(bars, new ColumnarSmaCross(5, 20, longShort, 3));
    }

    private static void assertSameTrades(List<TradeRecord> expected, List<TradeRecord> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "trade " + i);
        }
        assertEquals(expected.size(), actual.size(), "number of trades");
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void givesTheEventEnginesTradesOnRealAppleBars(BarExecution execution) throws IOException {
        BarSeries bars = BarSeries.of(TestData.appleDaily2013());
        BacktestResult expected = eventEngine(bars, execution, 0, 0, false);
        ColumnarResult actual = columnar(bars, execution, 0, 0, false);
        assertSameTrades(expected.trades(), actual.trades());
        assertEquals(expected.finalEquity(), actual.finalEquity(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void givesTheEventEnginesTradesWithCostsAndReversals(BarExecution execution) {
        BarSeries bars = SyntheticBars.generate("SYN", 3_000, 11);
        BacktestResult expected = eventEngine(bars, execution, 10, 3, true);
        ColumnarResult actual = columnar(bars, execution, 10, 3, true);
        assertTrue(expected.trades().size() > 50, "too few trades: " + expected.trades().size());
        assertSameTrades(expected.trades(), actual.trades());
        assertEquals(expected.totalFees(), actual.fees(), 1e-9);
        assertEquals(expected.finalEquity(), actual.finalEquity(), 1e-6);
        assertArrayEquals(expected.equity().values(), actual.equity(), 1e-6);
    }

    @Test
    void closedPnlIsTheSumOfTheTrades() {
        ColumnarResult r = new ColumnarBacktest(new ColumnarConfig(1, BarExecution.SIGNAL_BAR_CLOSE, 0, 0, false,
                false)).run(SyntheticBars.generate("SYN", 10_000, 42), new ColumnarSmaCross(5, 20, false, 1));
        double sum = r.trades().stream().mapToDouble(t -> t.netPnl()).sum();
        assertEquals(sum, r.closedPnl(), 1e-9);
        assertEquals(0, r.equity().length);
    }
}

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
        return eventEngine(bars, execution, feeBps, slipBps, longShort, longShort ? TestData.MARGIN : AccountType.cash(),
                3);
    }

    private static BacktestResult eventEngine(BarSeries bars, BarExecution execution, double feeBps, double slipBps,
                                              boolean longShort, AccountType account, double units) {
        BacktestConfig config = BacktestConfig.builder().barSpreadBps(0).barExecution(execution)
                .models(() -> TestData.FRICTIONLESS.toBuilder().fee(new MakerTakerFeeModel(0, 0, feeBps, 0))
                        .slippage((o, t, s, m, r) -> slipBps).build())
                .account(account).build();
        List<dev.parallax.sim.api.data.Bar> list = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            list.add(bars.bar(i));
        }
        return new BacktestEngine(config).run(new SmaCrossStrategy(bars.symbol(), 5, 20, longShort,
                PositionSizing.fixedUnits(units)), MarketDataSource.of(list));
    }

    private static ColumnarResult columnar(BarSeries bars, BarExecution execution, double feeBps, double slipBps,
                                           boolean longShort) {
        return columnar(bars, execution, feeBps, slipBps, longShort, longShort ? TestData.MARGIN : AccountType.cash(),
                3);
    }

    private static ColumnarResult columnar(BarSeries bars, BarExecution execution, double feeBps, double slipBps,
                                           boolean longShort, AccountType account, double units) {
        return new ColumnarBacktest(new ColumnarConfig(100_000, execution, feeBps, slipBps, true, true, account))
                .run(bars, new ColumnarSmaCross(5, 20, longShort, units));
    }

    private static void assertSameTrades(List<TradeRecord> expected, List<TradeRecord> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "trade " + i);
        }
        assertEquals(expected.size(), actual.size(), "number of trades");
    }

    /** The same trades, rejections, ruin, fees and equity after every bar. */
    private static void assertSameRun(BacktestResult expected, ColumnarResult actual) {
        assertSameTrades(expected.trades(), actual.trades());
        assertEquals(expected.account().rejectedOrders(), actual.rejectedOrders(), "rejected orders");
        assertEquals(expected.account().ruinedAtNanos(), actual.ruinedAtNanos(), "ruined at");
        assertEquals(expected.totalFees(), actual.fees(), 1e-9);
        assertEquals(expected.finalEquity(), actual.finalEquity(), 1e-6);
        assertArrayEquals(expected.equity().values(), actual.equity(), 1e-6);
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
        assertSameRun(expected, actual);
    }

    @Test
    void closedPnlIsTheSumOfTheTrades() {
        ColumnarResult r = new ColumnarBacktest(new ColumnarConfig(100_000, BarExecution.SIGNAL_BAR_CLOSE, 0, 0, false,
                false)).run(SyntheticBars.generate("SYN", 10_000, 42), new ColumnarSmaCross(5, 20, false, 1));
        assertTrue(r.trades().size() > 100, "too few trades: " + r.trades().size());
        double sum = r.trades().stream().mapToDouble(t -> t.netPnl()).sum();
        assertEquals(sum, r.closedPnl(), 1e-9);
        assertEquals(0, r.equity().length);
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void rejectsTheSameOrdersAsTheEventEngineInACashAccount(BarExecution execution) {
        // 990 units at prices around 100 on 100,000: some entries cost more than the cash left
        BarSeries bars = SyntheticBars.generate("SYN", 3_000, 11);
        BacktestResult expected = eventEngine(bars, execution, 10, 3, false, AccountType.cash(), 990);
        ColumnarResult actual = columnar(bars, execution, 10, 3, false, AccountType.cash(), 990);
        assertTrue(expected.account().rejectedOrders() > 0, "no rejections: the test proves nothing");
        assertTrue(expected.trades().size() > 10, "too few trades: " + expected.trades().size());
        assertSameRun(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void liquidatesWhenTheEventEngineDoes(BarExecution execution) {
        // 9,000 units long and short at 10x: moves of a few percent reach the maintenance margin
        BarSeries bars = SyntheticBars.generate("SYN", 3_000, 11);
        AccountType tenTimes = new MarginAccount(0.1, 0.08, 10, 0);
        BacktestResult expected = eventEngine(bars, execution, 10, 3, true, tenTimes, 9_000);
        ColumnarResult actual = columnar(bars, execution, 10, 3, true, tenTimes, 9_000);
        assertTrue(expected.fills().stream().anyMatch(f -> f.orderId().startsWith("liquidation-")),
                "no liquidation: the test proves nothing");
        assertSameRun(expected, actual);
    }

    @ParameterizedTest
    @EnumSource(BarExecution.class)
    void isRuinedWhenTheEventEngineIs(BarExecution execution) {
        // flat at 100, a rise that makes the averages cross, then a gap to 80: 7,000 units bought near
        // 101 on 100,000 at up to 10x lose about 147,000, more than the equity, in one bar
        List<dev.parallax.sim.api.data.Bar> list = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double close = i < 25 ? 100 : i < 45 ? 100 + (i - 24) : 80;
            long time = TestData.close(java.time.LocalDate.of(2024, 1, 1).plusDays(i));
            list.add(new dev.parallax.sim.api.data.Bar("SYN", time, close, close, close, close, 1_000_000));
        }
        BarSeries bars = BarSeries.of(list);
        AccountType tenTimes = new MarginAccount(0.1, 0.01, 10, 0);
        BacktestResult expected = eventEngine(bars, execution, 10, 3, false, tenTimes, 7_000);
        ColumnarResult actual = columnar(bars, execution, 10, 3, false, tenTimes, 7_000);
        assertTrue(expected.account().ruined(), "not ruined: the test proves nothing");
        assertSameRun(expected, actual);
        assertEquals(-1.0, expected.totalReturn(), 0.0);
    }
}

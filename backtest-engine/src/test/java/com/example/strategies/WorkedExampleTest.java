package com.example.strategies;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.TestData;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A strategy written outside the engine's packages, against the public API only, run over six
 * hand-made daily bars; every fill, fee, P&L and equity point below is worked out by hand.
 */
class WorkedExampleTest {

    /** Buys 10 on bar 2, sells them on bar 3, shorts 5 on bar 4 and covers on bar 5. */
    static final class ScriptedStrategy implements Strategy {
        private int bar;

        @Override
        public void onBar(Bar b, StrategyContext ctx) {
            bar++;
            switch (bar) {
                case 2 -> ctx.submitMarket("long-entry", "TEST", Side.BUY, 10);
                case 3 -> ctx.submitMarket("long-exit", "TEST", Side.SELL, 10);
                case 4 -> ctx.submitMarket("short-entry", "TEST", Side.SELL, 5);
                case 5 -> ctx.submitMarket("short-exit", "TEST", Side.BUY, 5);
                default -> { }
            }
        }
    }

    private static final List<Bar> BARS = List.of(
            TestData.day("TEST", 1, 100, 101, 99, 100),
            TestData.day("TEST", 2, 100, 103, 100, 102),
            TestData.day("TEST", 3, 103, 105, 102, 104),
            TestData.day("TEST", 4, 106, 107, 104, 105),
            TestData.day("TEST", 5, 104, 104, 100, 101),
            TestData.day("TEST", 6, 100, 102, 99, 101));

    private static BacktestResult run() {
        BacktestConfig config = BacktestConfig.builder().initialCash(10_000).models(() -> TestData.TEN_BPS)
                .barSpreadBps(0).account(TestData.MARGIN).build();
        return new BacktestEngine(config).run(new ScriptedStrategy(), MarketDataSource.of(BARS));
    }

    @Test
    void ordersFillAtTheNextBarsOpenWithTheMarketFee() {
        List<Fill> fills = run().fills();
        assertEquals(4, fills.size());
        // bar 3 opens at 103: buy 10, fee 103 * 10 * 10 bps = 1.03
        assertFill(fills.get(0), "long-entry", Side.BUY, 103, 10, 1.03);
        // bar 4 opens at 106: sell 10, fee 1.06
        assertFill(fills.get(1), "long-exit", Side.SELL, 106, 10, 1.06);
        // bar 5 opens at 104: short 5, fee 0.52
        assertFill(fills.get(2), "short-entry", Side.SELL, 104, 5, 0.52);
        // bar 6 opens at 100: cover 5, fee 0.50
        assertFill(fills.get(3), "short-exit", Side.BUY, 100, 5, 0.50);
        // the open of a daily bar is placed a quarter into its interval: 2024-01-03T03:00Z
        assertEquals(TestData.close(java.time.LocalDate.of(2024, 1, 2)) + 6 * 3_600_000_000_000L,
                fills.get(0).timeNanos());
    }

    private static void assertFill(Fill f, String id, Side side, double price, double size, double fee) {
        assertEquals(id, f.orderId());
        assertEquals(side, f.side());
        assertEquals(price, f.price(), 1e-9);
        assertEquals(size, f.size(), 1e-12);
        assertEquals(fee, f.fee(), 1e-9);
        assertEquals(FillType.AGGRESSIVE, f.fillType());
    }

    @Test
    void twoTradesWithTheirPnlAndFees() {
        List<TradeRecord> trades = run().trades();
        assertEquals(2, trades.size());
        TradeRecord longTrade = trades.get(0);
        assertEquals(Side.BUY, longTrade.direction());
        assertEquals(103.0, longTrade.entryPrice(), 1e-9);
        assertEquals(106.0, longTrade.exitPrice(), 1e-9);
        assertEquals(30.0, longTrade.grossPnl(), 1e-9); // (106 - 103) * 10
        assertEquals(2.09, longTrade.fees(), 1e-9); // 1.03 + 1.06
        assertEquals(27.91, longTrade.netPnl(), 1e-9);
        assertEquals(java.time.Duration.ofDays(1), longTrade.holdingTime());
        TradeRecord shortTrade = trades.get(1);
        assertEquals(Side.SELL, shortTrade.direction());
        assertEquals(20.0, shortTrade.grossPnl(), 1e-9); // (104 - 100) * 5
        assertEquals(1.02, shortTrade.fees(), 1e-9);
        assertEquals(18.98, shortTrade.netPnl(), 1e-9);
    }

    @Test
    void cashAndEquityAreAccountedToTheCent() {
        BacktestResult r = run();
        // 10,000 - 1,030 - 1.03 + 1,060 - 1.06 + 520 - 0.52 - 500 - 0.50 = 10,046.89
        assertEquals(10_046.89, r.finalCash(), 1e-9);
        assertEquals(10_046.89, r.finalEquity(), 1e-9);
        assertEquals(50.0, r.realizedPnl(), 1e-9);
        assertEquals(3.11, r.totalFees(), 1e-9); // 1.03 + 1.06 + 0.52 + 0.50
        // equity at each close: 10,000; 10,000; 8,968.97 + 10 * 104; 10,027.91; 10,547.39 - 5 * 101; 10,046.89
        assertArrayEquals(new double[] {10_000, 10_000, 10_008.97, 10_027.91, 10_042.39, 10_046.89},
                r.equity().values(), 1e-9);
        // daily returns are the same points against the day before (10,000 before the first day)
        assertEquals(10_008.97 / 10_000 - 1, r.dailyReturns()[2], 1e-15);
        assertEquals(2, r.tradeStats().count());
        assertEquals(1.0, r.tradeStats().winRate());
        assertEquals(Double.POSITIVE_INFINITY, r.tradeStats().profitFactor());
    }
}

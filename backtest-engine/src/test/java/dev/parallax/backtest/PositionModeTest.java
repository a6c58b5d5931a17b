package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.ledger.PositionMode;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionModeTest {

    /** Buys 1 on the first two bars and sells 2 on the third: fills at the next opens, 12, 14 and 16. */
    private static Strategy scaleInThenOut() {
        return new Strategy() {
            private int bars;


            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                bars++;
                if (bars <= 2) {
                    ctx.submitMarket("buy" + bars, "A", Side.BUY, 1);
                } else if (bars == 3) {
                    ctx.submitMarket("sell", "A", Side.SELL, 2);
                }
            }
        };
    }

    private static BacktestResult run(PositionMode mode) {
        List<Bar> bars = List.of(TestData.day("A", 1, 10, 11, 9, 10), TestData.day("A", 2, 12, 13, 11, 12),
                TestData.day("A", 3, 14, 15, 13, 14), TestData.day("A", 4, 16, 17, 15, 16));
        BacktestConfig config = BacktestConfig.builder().models(() -> TestData.FRICTIONLESS).barSpreadBps(0)
                .positionMode(mode).build();
        return new BacktestEngine(config).run(scaleInThenOut(), List.of(MarketDataSource.of(bars)));
    }

    @Test
    void nettingClosesOneTradeAtTheAverageEntryPrice() {
        BacktestResult result = run(PositionMode.NETTING);

        assertEquals(List.of(13.0), result.trades().stream().map(TradeRecord::entryPrice).toList());
        assertEquals(List.of((16 - 13) * 2.0), result.trades().stream().map(TradeRecord::grossPnl).toList());
        assertEquals(100_000 + 6, result.finalEquity(), 1e-9);
    }

    @Test
    void perTradeClosesEachBuyAsATradeAgainstItsOwnPrice() {
        BacktestResult result = run(PositionMode.PER_TRADE);

        assertEquals(List.of(12.0, 14.0), result.trades().stream().map(TradeRecord::entryPrice).toList());
        assertEquals(List.of(16 - 12.0, 16 - 14.0), result.trades().stream().map(TradeRecord::grossPnl).toList());
        assertEquals(100_000 + 6, result.finalEquity(), 1e-9);
        assertEquals(6, result.realizedPnl(), 1e-9);
    }
}

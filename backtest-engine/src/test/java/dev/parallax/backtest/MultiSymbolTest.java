package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiSymbolTest {

    @Test
    void sourcesAreMergedInTimeOrderAndEachSymbolTradesOnItsOwnBars() {
        List<String> seen = new ArrayList<>();
        Strategy pairs = new Strategy() {
            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                seen.add(bar.symbol() + "@" + bar.timeNanos() / 86_400_000_000_000L);
                if (bar.symbol().equals("B") && ctx.position("A") == 0 && !ctx.isOpen("a")) {
                    ctx.submitMarket("a", "A", Side.BUY, 1);
                    ctx.submitMarket("b", "B", Side.SELL, 2);
                }
            }
        };
        List<Bar> a = List.of(TestData.day("A", 1, 10, 11, 9, 10), TestData.day("A", 2, 12, 13, 11, 12),
                TestData.day("A", 3, 14, 15, 13, 14));
        List<Bar> b = List.of(TestData.day("B", 1, 50, 51, 49, 50), TestData.day("B", 2, 52, 53, 51, 52),
                TestData.day("B", 3, 54, 55, 53, 54));
        BacktestResult r = new BacktestEngine(BacktestConfig.builder().models(() -> TestData.FRICTIONLESS)
                .barSpreadBps(0).account(TestData.MARGIN).build())
                .run(pairs, List.of(MarketDataSource.of(a), MarketDataSource.of(b)));
        assertEquals(List.of("A@19723", "B@19723", "A@19724", "B@19724", "A@19725", "B@19725"), seen);
        // sent on day 1's B bar: A fills at day 2's open (12), B at day 2's open (52)
        assertEquals(12.0, r.fills().get(0).price(), 0.0);
        assertEquals(52.0, r.fills().get(1).price(), 0.0);
        // day 3 marks: A at 14, B at 54; cash 100,000 - 12 + 104
        assertEquals(100_000 - 12 + 104 + 14 - 108, r.finalEquity(), 1e-9);
    }
}

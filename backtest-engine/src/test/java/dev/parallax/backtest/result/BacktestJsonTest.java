package dev.parallax.backtest.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.TestData;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestJsonTest {

    private static JsonNode export() throws Exception {
        Strategy oneWinner = new Strategy() {
            private int n;

            @Override
            public void onBar(Bar bar, StrategyContext ctx) {
                n++;
                if (n == 1) {
                    ctx.submitMarket("in", "X", Side.BUY, 1);
                } else if (n == 2) {
                    ctx.submitMarket("out", "X", Side.SELL, 1);
                }
            }
        };
        BacktestResult r = new BacktestEngine(BacktestConfig.builder().models(() -> TestData.TEN_BPS).barSpreadBps(0)
                .build())
                .run(oneWinner, MarketDataSource.of(List.of(TestData.day("X", 1, 100, 101, 99, 100),
                        TestData.day("X", 2, 100, 103, 100, 102), TestData.day("X", 3, 110, 111, 109, 110))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BacktestJson.write(r, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void theDocumentNamesItsSchemaAndHoldsEverySection() throws Exception {
        JsonNode json = export();
        assertEquals("parallax.backtest/1", json.get("schema").asText());
        for (String field : List.of("strategy", "summary", "metrics", "tradeStats", "regimes", "monthlyReturns",
                "yearlyReturns", "execution", "openPositions", "trades", "fills", "equity")) {
            assertTrue(json.has(field), "missing " + field);
        }
        assertEquals("2024-01-01T21:00:00Z", json.at("/summary/start").asText());
        assertEquals(3, json.at("/summary/events").asInt());
    }

    @Test
    void tradesFillsAndEquityCarryTheirValues() throws Exception {
        JsonNode json = export();
        JsonNode trade = json.at("/trades/0");
        assertEquals("LONG", trade.get("direction").asText());
        assertEquals(100.0, trade.get("entryPrice").asDouble()); // bar 2 opens at 100
        assertEquals(110.0, trade.get("exitPrice").asDouble()); // bar 3 opens at 110
        assertEquals(10.0 - 0.1 - 0.11, trade.get("netPnl").asDouble(), 1e-12);
        assertEquals("AGGRESSIVE", json.at("/fills/0/fillType").asText());
        assertEquals(3, json.at("/equity/values").size());
        assertEquals("2024-01", json.at("/monthlyReturns/0/month").asText());
    }

    @Test
    void undefinedFiguresAreNullAndInfiniteOnesAreStrings() throws Exception {
        JsonNode json = export();
        // one winning trade and no loser: the profit factor is infinite
        assertEquals("Infinity", json.at("/tradeStats/profitFactor").asText());
        // no trade was opened in a known regime: the VOLATILE group is empty, its win rate undefined
        JsonNode volatileGroup = json.at("/regimes/2");
        assertEquals("VOLATILE", volatileGroup.get("regime").asText());
        assertTrue(volatileGroup.at("/stats/winRate").isNull());
    }
}

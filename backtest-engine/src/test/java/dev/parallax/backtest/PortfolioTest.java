package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.ledger.PositionMode;
import dev.parallax.sim.api.Side;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    private static final double BIG = 1e16; // the gap between doubles here is 2, so adding 1 is lost

    /**
     * Positions opened in the order B, C, A: summed in that order the values below give 1, summed in
     * symbol order (A, B, C) they give 0, as they always have. Results must not depend on the order
     * symbols first traded.
     */
    @Test
    void positionsAreSummedInSymbolOrderWhateverOrderTheyOpenedIn() {
        Portfolio portfolio = new Portfolio(1_000);
        portfolio.apply("B", Side.BUY, BIG, 1, 0, 1, Regime.UNKNOWN);
        portfolio.apply("C", Side.SELL, BIG, 1, 0, 2, Regime.UNKNOWN);
        portfolio.apply("A", Side.BUY, 1, 1, 0, 3, Regime.UNKNOWN);
        // market values A 1, B 1e16, C -1e16
        assertEquals(0.0, portfolio.marketValue(), 0.0);
        portfolio.mark("A", 2);
        portfolio.mark("B", 2 * BIG);
        portfolio.mark("C", 2 * BIG);
        // unrealized A 1, B 1e16, C -1e16
        assertEquals(0.0, portfolio.unrealizedPnl(), 0.0);
        assertEquals(Map.of("A", 1.0, "B", 1.0, "C", -1.0), portfolio.openPositions());
    }

    @Test
    void aSymbolFirstSeenThroughAMarkJoinsTheSums() {
        Portfolio portfolio = new Portfolio(1_000);
        portfolio.mark("M", 10);
        portfolio.apply("Z", Side.BUY, 5, 2, 0, 1, Regime.UNKNOWN);
        portfolio.apply("M", Side.BUY, 10, 3, 0, 2, Regime.UNKNOWN);
        portfolio.mark("M", 11);
        assertEquals(3 * 11 + 2 * 5, portfolio.marketValue(), 0.0);
        assertEquals(3.0, portfolio.unrealizedPnl(), 0.0);
        assertEquals(1_000 - 10 - 30 + 43, portfolio.equity(), 0.0);
    }

    @Test
    void closedTradesAreListedInTheOrderTheyClosed() {
        Portfolio portfolio = new Portfolio(1_000);
        portfolio.apply("A", Side.BUY, 10, 1, 0, 1, Regime.TRENDING);
        portfolio.apply("B", Side.SELL, 20, 1, 0, 2, Regime.RANGING);
        portfolio.apply("B", Side.BUY, 19, 1, 0, 3, Regime.RANGING);
        portfolio.apply("A", Side.SELL, 12, 2, 0, 4, Regime.RANGING); // closes A and opens a short
        portfolio.apply("A", Side.BUY, 11, 1, 0, 5, Regime.RANGING);
        List<TradeRecord> trades = portfolio.trades();
        assertEquals(List.of("B", "A", "A"), trades.stream().map(TradeRecord::symbol).toList());
        assertEquals(List.of(1.0, 2.0, 1.0), trades.stream().map(TradeRecord::netPnl).toList());
        assertEquals(List.of(Regime.RANGING, Regime.TRENDING, Regime.RANGING),
                trades.stream().map(TradeRecord::regimeAtEntry).toList());
        assertEquals(4.0, portfolio.realizedPnl(), 0.0);
    }

    @Test
    void perTradeClosesEachBuyAsItsOwnTradeWithItsOwnRegimeWhereNettingMakesOne() {
        Portfolio perTrade = new Portfolio(PositionMode.PER_TRADE, 1_000);
        Portfolio netting = new Portfolio(1_000);
        for (Portfolio portfolio : List.of(perTrade, netting)) {
            portfolio.apply("A", Side.BUY, 10, 1, 0, 1, Regime.TRENDING);
            portfolio.apply("A", Side.BUY, 12, 1, 0, 2, Regime.RANGING);
            portfolio.apply("A", Side.SELL, 13, 2, 0, 3, Regime.VOLATILE);
        }

        assertEquals(List.of(3.0, 1.0), perTrade.trades().stream().map(TradeRecord::netPnl).toList());
        assertEquals(List.of(10.0, 12.0), perTrade.trades().stream().map(TradeRecord::entryPrice).toList());
        assertEquals(List.of(Regime.TRENDING, Regime.RANGING),
                perTrade.trades().stream().map(TradeRecord::regimeAtEntry).toList());
        assertEquals(List.of(4.0), netting.trades().stream().map(TradeRecord::netPnl).toList());
        assertEquals(List.of(11.0), netting.trades().stream().map(TradeRecord::entryPrice).toList());
        assertEquals(netting.cash(), perTrade.cash(), 0.0);
        assertEquals(1_000 + 4, perTrade.equity(), 0.0);
    }
}

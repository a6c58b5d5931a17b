package dev.parallax.backtest.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.BarExecution;
import dev.parallax.backtest.TestData;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.TradeRecord;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmaCrossStrategyTest {

    private static final BacktestConfig FRICTIONLESS = BacktestConfig.builder().models(() -> TestData.FRICTIONLESS)
            .barSpreadBps(0).build();

    /** One expected trade from the Python reference. */
    private record Expected(String entryDate, double entryPrice, String exitDate, double exitPrice, double pnl) {
    }

    private static List<Expected> expected(String resource) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SmaCrossStrategyTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            List<Expected> out = new ArrayList<>();
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                out.add(new Expected(f[0], Double.parseDouble(f[1]), f[2], Double.parseDouble(f[3]),
                        Double.parseDouble(f[4])));
            }
            return out;
        }
    }

    private static String date(long nanos) {
        return Instant.ofEpochSecond(0, nanos).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static void assertTradesMatch(List<Expected> expected, List<TradeRecord> actual) {
        assertEquals(expected.size(), actual.size(), "number of trades");
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            TradeRecord a = actual.get(i);
            assertEquals(e.entryDate(), date(a.entryTimeNanos()), "entry date of trade " + i);
            assertEquals(e.exitDate(), date(a.exitTimeNanos()), "exit date of trade " + i);
            assertEquals(e.entryPrice(), a.entryPrice(), 1e-9, "entry price of trade " + i);
            assertEquals(e.exitPrice(), a.exitPrice(), 1e-9, "exit price of trade " + i);
            assertEquals(e.pnl(), a.netPnl(), 1e-9, "P&L of trade " + i);
        }
    }

    @Test
    void onRealAppleBarsTheTradesAtTheSignalCloseMatchAnIndependentReference() throws IOException {
        List<Bar> bars = TestData.appleDaily2013();
        assertEquals(252, bars.size());
        BacktestResult r = new BacktestEngine(
                FRICTIONLESS.toBuilder().barExecution(BarExecution.SIGNAL_BAR_CLOSE).build())
                .run(new SmaCrossStrategy("AAPL", 5, 20, false, PositionSizing.fixedUnits(1)), MarketDataSource.of(bars));
        List<Expected> expected = expected("/reference/sma-5-20-close-aapl-2013.csv");
        assertTradesMatch(expected, r.trades());
        double total = expected.stream().mapToDouble(Expected::pnl).sum();
        assertEquals(total, r.tradeStats().netProfit(), 1e-9);
    }

    @Test
    void onRealAppleBarsTheTradesAtTheNextOpenMatchAnIndependentReference() throws IOException {
        BacktestResult r = new BacktestEngine(FRICTIONLESS).run(
                new SmaCrossStrategy("AAPL", 5, 20, false, PositionSizing.fixedUnits(1)),
                MarketDataSource.of(TestData.appleDaily2013()));
        assertTradesMatch(expected("/reference/sma-5-20-next-open-aapl-2013.csv"), r.trades());
    }

    @Test
    void noSignalBeforeBothAveragesAreReadyAndACrossIsNeeded() {
        // rising prices: fast > slow from the first ready bar, but there is no cross, so no trade
        List<Bar> rising = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            rising.add(TestData.day("X", i, 100 + i, 101 + i, 99 + i, 100.5 + i));
        }
        BacktestResult r = new BacktestEngine(FRICTIONLESS).run(
                new SmaCrossStrategy("X", 2, 5, false, PositionSizing.fixedUnits(1)), MarketDataSource.of(rising));
        assertEquals(0, r.execution().totalOrders());
    }

    @Test
    void longShortReversesOnEachCross() throws IOException {
        BacktestResult r = new BacktestEngine(FRICTIONLESS.toBuilder().account(TestData.MARGIN).build()).run(
                new SmaCrossStrategy("AAPL", 5, 20, true, PositionSizing.fixedUnits(2)),
                MarketDataSource.of(TestData.appleDaily2013()));
        assertTrue(r.trades().stream().anyMatch(t -> t.direction() == dev.parallax.sim.api.Side.SELL));
        assertTrue(r.trades().stream().allMatch(t -> t.size() == 2.0));
    }

    @Test
    void theProviderIsFoundByNameAndChecksItsSettings() {
        StrategyProvider provider = ModelCatalog.load(StrategyProvider.class).provider("sma-cross");
        Strategy s = provider.create(ModelSettings.of("symbol", "AAPL", "fast", "10", "slow", "30"));
        assertTrue(s instanceof SmaCrossStrategy);
        var e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(ModelSettings.of("symbol", "AAPL", "fast", "30", "slow", "10")));
        assertEquals("periods must satisfy 1 <= fast < slow, were fast 30 and slow 10", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> provider.create(ModelSettings.EMPTY));
        // 99999999999 used to wrap to 1215752191 and pass as a period
        var wrapped = assertThrows(IllegalArgumentException.class,
                () -> provider.create(ModelSettings.of("symbol", "AAPL", "fast", "5", "slow", "99999999999")));
        assertEquals("setting 'slow' must be a whole number from -2147483648 to 2147483647, was '99999999999'",
                wrapped.getMessage());
    }

    @Test
    void aRejectedEntryIsNotFollowedByAnExitOfAPositionNeverOpened() {
        // flat at 100, up to 106 (the 2-bar average crosses above the 5-bar one), down to 90 (it
        // crosses back): the entry of 1 at about 101 on 50 of cash is rejected, and the cross back
        // sends nothing, where a strategy that kept its target would try to sell 1 it does not hold
        List<Bar> bars = new ArrayList<>();
        double[] closes = {100, 100, 100, 100, 100, 100, 101, 102, 103, 104, 105, 106, 100, 95, 90, 90};
        for (int i = 0; i < closes.length; i++) {
            bars.add(TestData.day("X", i + 1, closes[i], closes[i], closes[i], closes[i]));
        }
        BacktestResult r = new BacktestEngine(FRICTIONLESS.toBuilder().initialCash(50).build()).run(
                new SmaCrossStrategy("X", 2, 5, false, PositionSizing.fixedUnits(1)), MarketDataSource.of(bars));
        assertEquals(1, r.account().rejectedOrders());
        assertEquals("sma-1", r.account().rejections().get(0).orderId());
        assertEquals(0, r.execution().totalOrders());
    }
}

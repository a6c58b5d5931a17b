package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Aggressor;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.data.TradeTick;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BacktestEngineTest {

    private static final BacktestConfig EXACT = BacktestConfig.builder().initialCash(10_000)
            .models(() -> TestData.TEN_BPS).barSpreadBps(0).build();

    /** Runs {@code onBar} with the bar's index (from 1). */
    private static Strategy onBars(BiConsumer<Integer, StrategyContext> action) {
        return new Strategy() {
            private int n;

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                action.accept(++n, context);
            }
        };
    }

    private static BacktestResult run(BacktestConfig config, Strategy strategy, List<? extends MarketEvent> events) {
        return new BacktestEngine(config).run(strategy, MarketDataSource.of(events));
    }

    @Nested
    class BarExecutionModes {

        @Test
        void signalBarCloseFillsAtTheCloseOfTheSignalBar() {
            BacktestResult r = run(EXACT.toBuilder().barExecution(BarExecution.SIGNAL_BAR_CLOSE).build(),
                    onBars((n, ctx) -> {
                        if (n == 1) {
                            ctx.submitMarket("b", "X", Side.BUY, 1);
                        }
                    }),
                    List.of(TestData.day("X", 1, 100, 101, 99, 100.5), TestData.day("X", 2, 101, 102, 100, 101)));
            assertEquals(100.5, r.fills().get(0).price(), 1e-9);
            assertEquals(TestData.day("X", 1, 100, 101, 99, 100.5).timeNanos(), r.fills().get(0).timeNanos());
        }

        @Test
        void aLimitBuyFillsAtItsPriceWhenTheBarsLowReachesIt() {
            BacktestResult r = run(EXACT, onBars((n, ctx) -> {
                if (n == 1) {
                    ctx.submitLimit("lim", "X", Side.BUY, 2, 98);
                }
            }), List.of(TestData.day("X", 1, 100, 101, 99, 100), TestData.day("X", 2, 100, 101, 97.5, 99),
                    TestData.day("X", 3, 99, 100, 98.5, 99)));
            Fill f = r.fills().get(0);
            assertEquals(98.0, f.price(), 0.0);
            assertEquals(FillType.PASSIVE, f.fillType());
            assertEquals(98 * 2 * 5 / 10_000.0, f.fee(), 1e-12); // maker rate
        }

        @Test
        void aLimitThatTheBarNeverReachesStaysOpen() {
            List<Boolean> open = new ArrayList<>();
            run(EXACT, onBars((n, ctx) -> {
                if (n == 1) {
                    ctx.submitLimit("lim", "X", Side.BUY, 2, 90);
                } else {
                    open.add(ctx.isOpen("lim"));
                }
            }), List.of(TestData.day("X", 1, 100, 101, 99, 100), TestData.day("X", 2, 100, 101, 95, 99)));
            assertEquals(List.of(true), open);
        }

        @Test
        void thePathVisitsTheLowFirstWhenTheLowIsNearerTheOpen() {
            // open 100, low 99 (1 away), high 110 (10 away): path open, low, high, close.
            // a buy limit at 99 and a sell limit at 110 both fill; the buy first.
            BacktestResult r = run(EXACT.toBuilder().account(TestData.MARGIN).build(), onBars((n, ctx) -> {
                if (n == 1) {
                    ctx.submitLimit("buy", "X", Side.BUY, 1, 99);
                    ctx.submitLimit("sell", "X", Side.SELL, 1, 110);
                }
            }), List.of(TestData.day("X", 1, 100, 101, 99.5, 100), TestData.day("X", 2, 100, 110, 99, 105)));
            assertEquals(List.of("buy", "sell"), r.fills().stream().map(Fill::orderId).toList());
            assertTrue(r.fills().get(0).timeNanos() < r.fills().get(1).timeNanos());
        }

        @Test
        void thePathVisitsTheHighFirstOtherwise() {
            BacktestResult r = run(EXACT.toBuilder().account(TestData.MARGIN).build(), onBars((n, ctx) -> {
                if (n == 1) {
                    ctx.submitLimit("buy", "X", Side.BUY, 1, 99);
                    ctx.submitLimit("sell", "X", Side.SELL, 1, 102);
                }
            }), List.of(TestData.day("X", 1, 100, 101, 99.5, 100), TestData.day("X", 2, 100, 102, 95, 96)));
            assertEquals(List.of("sell", "buy"), r.fills().stream().map(Fill::orderId).toList());
        }
    }

    @Nested
    class QuotesAndTrades {

        @Test
        void marketOrdersOnQuoteDataPayTheAsk() {
            List<MarketEvent> events = List.of(new Quote("X", 1_000, 99.9, 100.1, 5, 5),
                    new TradeTick("X", 2_000, 100.1, 1, Aggressor.BUYER), new Quote("X", 3_000, 99.8, 100.0, 5, 5));
            BacktestResult r = run(EXACT, new Strategy() {
                @Override
                public void onQuote(Quote q, StrategyContext ctx) {
                    if (q.timeNanos() == 1_000) {
                        ctx.submitMarket("m", "X", Side.BUY, 2);
                    }
                }
            }, events);
            assertEquals(100.1, r.fills().get(0).price(), 1e-12);
            // marked at the last mid 99.9: equity = 10,000 - 200.2 - 0.2002 + 2 * 99.9
            assertEquals(10_000 - 200.2 - 0.2002 + 199.8, r.finalEquity(), 1e-9);
        }

        @Test
        void aRestingLimitOnTradeDataFillsWhenTradesReachIt() {
            List<MarketEvent> events = List.of(new TradeTick("X", 1_000, 100, 1, Aggressor.UNKNOWN),
                    new TradeTick("X", 2_000, 99.5, 3, Aggressor.SELLER),
                    new TradeTick("X", 3_000, 98.9, 1, Aggressor.SELLER));
            BacktestResult r = run(EXACT, new Strategy() {
                @Override
                public void onTrade(TradeTick t, StrategyContext ctx) {
                    if (t.timeNanos() == 1_000) {
                        ctx.submitLimit("l", "X", Side.BUY, 1, 99);
                    }
                }
            }, events);
            assertEquals(1, r.fills().size());
            assertEquals(99.0, r.fills().get(0).price(), 0.0);
            assertEquals(3_000, r.fills().get(0).timeNanos());
        }
    }

    @Nested
    class Invariants {

        @Test
        void equityIsCashPlusPositionsAndReconcilesWithPnlAfterEveryEvent() {
            List<Bar> bars = RandomBars.walk("X", 600, 7);
            List<String> violations = new ArrayList<>();
            EngineObserver check = (event, a) -> {
                if (Math.abs(a.equity() - (a.cash() + a.marketValue())) > 1e-6) {
                    violations.add("equity != cash + positions at " + event.timeNanos());
                }
                double fromPnl = 10_000 + a.realizedPnl() + a.unrealizedPnl() - a.fees();
                if (Math.abs(a.equity() - fromPnl) > 0.005) {
                    violations.add("equity " + a.equity() + " != " + fromPnl + " at " + event.timeNanos());
                }
            };
            Strategy flipper = onBars((n, ctx) -> {
                if (n < 590 && n % 7 == 0) {
                    double target = (n / 7) % 3 - 1; // -1, 0, +1 units of 3
                    double change = target * 3 - ctx.position("X");
                    if (change != 0) {
                        ctx.submitMarket(ctx.nextOrderId("f"), "X", change > 0 ? Side.BUY : Side.SELL,
                                Math.abs(change));
                    }
                } else if (n == 590 && ctx.position("X") != 0) {
                    double p = ctx.position("X");
                    ctx.submitMarket("flat", "X", p > 0 ? Side.SELL : Side.BUY, Math.abs(p));
                }
            });
            BacktestConfig realistic = BacktestConfig.builder().initialCash(10_000).build();
            BacktestResult r = new BacktestEngine(realistic, check).run(flipper, MarketDataSource.of(bars));
            assertEquals(List.of(), violations);
            assertTrue(r.trades().size() > 20, "too few trades: " + r.trades().size());
            assertEquals(0.0, r.openPositions().values().stream().mapToDouble(Double::doubleValue).sum());
            // flat at the end: every cent of the change in equity is in the trades' net P&L
            double net = r.trades().stream().mapToDouble(t -> t.netPnl()).sum();
            assertEquals(r.finalEquity() - 10_000, net, 0.005);
            double fees = r.fills().stream().mapToDouble(Fill::fee).sum();
            assertEquals(fees, r.totalFees(), 1e-9);
            assertEquals(r.trades().stream().mapToDouble(t -> t.fees()).sum(), fees, 1e-9);
        }
    }

    @Nested
    class Ruin {

        @Test
        void aLeveragedAccountThatLosesMoreThanItsCashIsRuinedAndItsReturnStopsAtMinusOne() {
            // 200 X at 100 on 10,000 of cash (2x, allowed by 50% initial margin, no fee allowance), then
            // X closes at 40: equity 10,000 - 20,000 + 8,000 = -2,000, ruined at that close; the position
            // is closed at 40, so the later recovery of X is not the account's
            MarginAccount twoTimes = new MarginAccount(0.5, 0.25, 2, 0);
            BacktestResult r = run(EXACT.toBuilder().models(() -> TestData.FRICTIONLESS)
                            .barExecution(BarExecution.SIGNAL_BAR_CLOSE).account(twoTimes).build(),
                    onBars((n, ctx) -> {
                        if (n == 1) {
                            ctx.submitMarket("b", "X", Side.BUY, 200);
                        }
                    }),
                    List.of(TestData.day("X", 1, 100, 100, 100, 100), TestData.day("X", 2, 100, 100, 40, 40),
                            TestData.day("X", 3, 40, 60, 40, 60), TestData.day("X", 4, 60, 80, 60, 80)));
            assertEquals(10_000.0 - 20_000 + 200 * 40, r.finalEquity(), 1e-6); // the debt is still reported
            assertEquals(-1.0, r.totalReturn(), 0.0);
            assertArrayEquals(new double[] {0.0, -1.0, 0.0, 0.0}, r.dailyReturns(), 1e-12);
            assertEquals(-1.0, r.performance().totalReturn(), 1e-12);
            assertEquals(TestData.close(java.time.LocalDate.of(2024, 1, 2)), r.account().ruinedAtNanos().getAsLong());
            assertEquals(Map.of(), r.openPositions());
        }
    }

    @Nested
    class Reproducibility {

        private byte[] json(long seed) throws Exception {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            BacktestResult r = new BacktestEngine(BacktestConfig.builder().seed(seed).build()).run(
                    new dev.parallax.backtest.strategy.SmaCrossStrategy("X", 3, 8, true,
                            dev.parallax.sim.api.strategy.PositionSizing.fixedUnits(5)),
                    MarketDataSource.of(RandomBars.walk("X", 400, 3)));
            dev.parallax.backtest.result.BacktestJson.write(r, out);
            return out.toByteArray();
        }

        @Test
        void theSameSeedGivesByteIdenticalJson() throws Exception {
            assertArrayEquals(json(42), json(42));
        }

        @Test
        void anotherSeedGivesOtherFills() throws Exception {
            assertFalse(java.util.Arrays.equals(json(42), json(43)));
        }
    }

    @Nested
    class BadInput {

        @Test
        void outOfOrderBarsStopTheRunNamingTheSourceAndTimes() {
            List<Bar> bars = List.of(TestData.day("X", 2, 100, 101, 99, 100), TestData.day("X", 1, 100, 101, 99, 100));
            var e = assertThrows(BacktestFailedException.class, () -> run(EXACT, new Strategy() { }, bars));
            assertTrue(e.getMessage().contains("source 0 (X) is out of time order: an event at 2024-01-01T21:00:00Z "
                    + "follows one at 2024-01-02T21:00:00Z"), e.getMessage());
        }

        @Test
        void anOrderForAnUnknownSymbolStopsTheRunWithPartialResults() {
            var e = assertThrows(BacktestFailedException.class, () -> run(EXACT, onBars((n, ctx) -> {
                if (n == 1) {
                    ctx.submitMarket("ok", "X", Side.BUY, 1);
                }
                if (n == 3) {
                    ctx.submitMarket("bad", "NOPE", Side.BUY, 1);
                }
            }), List.of(TestData.day("X", 1, 100, 101, 99, 100), TestData.day("X", 2, 100, 101, 99, 100),
                    TestData.day("X", 3, 100, 101, 99, 100))));
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
            assertTrue(e.getMessage().contains("order 'bad' is for unknown symbol 'NOPE'"), e.getMessage());
            assertTrue(e.getMessage().contains("2024-01-03T21:00:00Z"), e.getMessage());
            assertEquals(1, e.partialResult().orElseThrow().fills().size(), "the fill before the failure is kept");
        }

        @Test
        void anOrderAboveTheSizeLimitIsRefused() {
            var e = assertThrows(BacktestFailedException.class, () -> run(EXACT.toBuilder().maxOrderSize(5).build(),
                    onBars((n, ctx) ->
                    ctx.submitMarket("big", "X", Side.BUY, 6)), List.of(TestData.day("X", 1, 100, 101, 99, 100))));
            assertEquals("order 'big' size 6.0 is above the configured limit 5.0", e.getCause().getMessage());
        }

        @Test
        void aThrowingStrategyStopsTheRunWithItsException() {
            IllegalStateException boom = new IllegalStateException("boom");
            var e = assertThrows(BacktestFailedException.class, () -> run(EXACT, onBars((n, ctx) -> {
                if (n == 2) {
                    throw boom;
                }
            }), List.of(TestData.day("X", 1, 100, 101, 99, 100), TestData.day("X", 2, 100, 101, 99, 100),
                    TestData.day("X", 3, 100, 101, 99, 100))));
            assertEquals(boom, e.getCause());
            assertEquals(2, e.partialResult().orElseThrow().events());
        }

        @Test
        void aDuplicateClientOrderIdIsRefused() {
            var e = assertThrows(BacktestFailedException.class, () -> run(EXACT, onBars((n, ctx) ->
                    ctx.submitMarket("same", "X", Side.BUY, 1)), List.of(TestData.day("X", 1, 100, 101, 99, 100),
                    TestData.day("X", 2, 100, 101, 99, 100))));
            assertEquals("client order id 'same' was already used in this run", e.getCause().getMessage());
        }
    }
}

package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestJson;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.backtest.result.OrderRejection;
import dev.parallax.backtest.strategy.SmaCrossStrategy;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.PositionSizing;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    /** 10,000 of cash, no fees or slippage, orders fill at the close of the bar that sends them. */
    private static final BacktestConfig TEN_THOUSAND = BacktestConfig.builder().initialCash(10_000)
            .models(() -> TestData.FRICTIONLESS).barSpreadBps(0)
            .barExecution(BarExecution.SIGNAL_BAR_CLOSE).build();

    /** A strategy that sends one market order for X on the first bar. */
    private static ScriptedStrategy firstBarSends(String id, Side side, double size) {
        return new ScriptedStrategy((n, ctx) -> {
            if (n == 1) {
                ctx.submitMarket(id, "X", side, size);
            }
        });
    }

    /** A strategy that buys {@code size} X as {@code id} on the first bar and runs {@code second} on the second. */
    private static ScriptedStrategy buysThen(String id, double size, Consumer<StrategyContext> second) {
        return new ScriptedStrategy((n, ctx) -> {
            if (n == 1) {
                ctx.submitMarket(id, "X", Side.BUY, size);
            } else if (n == 2) {
                second.accept(ctx);
            }
        });
    }

    private static List<Bar> closes(double... closes) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < closes.length; i++) {
            double c = closes[i];
            bars.add(TestData.day("X", i + 1, c, c, c, c));
        }
        return bars;
    }

    private static BacktestResult run(BacktestConfig config, Strategy strategy, List<Bar> bars) {
        return new BacktestEngine(config).run(strategy, MarketDataSource.of(bars));
    }

    private static String json(BacktestResult r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BacktestJson.write(r, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Nested
    class CashAccounts {

        @Test
        void aBuyCostingMoreThanTheCashIsRejectedNamingOrderCostAndCash() throws Exception {
            // 100 X at 101 = 10,100 plus the 25 bps fee allowance 25.25 = 10,125.25 > 10,000
            ScriptedStrategy s = firstBarSends("big", Side.BUY, 100);
            BacktestResult r = run(TEN_THOUSAND, s, closes(101, 102));
            assertEquals(List.of(), r.fills());
            assertEquals(1, r.account().rejectedOrders());
            OrderRejection rejection = r.account().rejections().get(0);
            assertEquals("big", rejection.orderId());
            assertEquals(TestData.close(LocalDate.of(2024, 1, 1)), rejection.timeNanos());
            assertTrue(rejection.reason().contains("order 'big'"), rejection.reason());
            assertTrue(rejection.reason().contains("costs 10,125.25"), rejection.reason());
            assertTrue(rejection.reason().contains("fee estimate 25.25"), rejection.reason());
            assertTrue(rejection.reason().contains("cash 10,000.00"), rejection.reason());
            assertEquals(List.of("big"), s.rejected);
            assertEquals(10_000.0, r.finalEquity(), 0.0);
            String json = json(r);
            assertTrue(json.contains("\"rejectedOrders\" : 1"), json);
            assertTrue(json.contains("\"orderId\" : \"big\""), json);
            assertTrue(json.contains("\"ruinedAt\" : null"), json);
        }

        @Test
        void aBuyThatFitsIsTakenAndItsCostIsReservedFromLaterBuys() {
            // next-bar-open: 97 X at 101 reserves 97 * 101 * 1.0025 = 9,821.4925 until it fills, leaving
            // 178.5075; two more X cost 2 * 101 * 1.0025 = 202.505 and are rejected
            ScriptedStrategy s = new ScriptedStrategy((n, ctx) -> {
                if (n == 1) {
                    ctx.submitMarket("fits", "X", Side.BUY, 97);
                    ctx.submitMarket("two-more", "X", Side.BUY, 2);
                }
            });
            BacktestResult r = run(TEN_THOUSAND.toBuilder().barExecution(BarExecution.NEXT_BAR_OPEN).build(), s,
                    closes(101, 101));
            assertEquals(List.of("fits"), r.fills().stream().map(Fill::orderId).toList());
            assertEquals(List.of("two-more"), s.rejected);
            String reason = r.account().rejections().get(0).reason();
            assertTrue(reason.contains("costs 202.51"), reason);
            assertTrue(reason.contains("178.51 available (cash 10,000.00 less 9,821.49 reserved for open buys)"),
                    reason);
            assertEquals(10_000 - 97 * 101.0, r.finalCash(), 1e-9);
        }

        @Test
        void aBuyForExactlyTheCashIsTakenWhenSizeTimesPriceRoundsUp() {
            // 10,000 / 132.26 = 75.60864962951763 units, whose cost in doubles is 10,000.000000000002:
            // the order costs all the cash, with no fee allowance, and must not be refused for 2e-12
            double units = 10_000 / 132.26;
            assertTrue(units * 132.26 > 10_000, "the case needs a product that rounds up");
            ScriptedStrategy s = firstBarSends("all-in", Side.BUY, units);
            BacktestResult r = run(TEN_THOUSAND.toBuilder().account(new CashAccount(0)).build(), s,
                    closes(132.26, 132.26));
            assertEquals(List.of(), s.rejected);
            assertEquals(List.of("all-in"), r.fills().stream().map(Fill::orderId).toList());
            assertEquals(0.0, r.finalCash(), 1e-9);
        }

        @Test
        void aFillDearerThanItsEstimateIsAppliedInFullAndLaterOrdersSeeTheLowerCash() {
            // 98 X at the close of 101 is estimated at 9,922.745; the next bar opens at 110, so the fill
            // costs 10,780 and cash ends at -780: the venue executed it, the account cannot undo it
            ScriptedStrategy s = buysThen("gap", 98, ctx -> ctx.submitMarket("more", "X", Side.BUY, 1));
            BacktestResult r = run(TEN_THOUSAND.toBuilder().barExecution(BarExecution.NEXT_BAR_OPEN).build(), s,
                    List.of(TestData.day("X", 1, 101, 101, 101, 101), TestData.day("X", 2, 110, 110, 110, 110),
                            TestData.day("X", 3, 110, 110, 110, 110)));
            assertEquals(List.of("gap"), r.fills().stream().map(Fill::orderId).toList());
            assertEquals(10_000 - 98 * 110.0, r.finalCash(), 1e-9);
            assertEquals(List.of("more"), s.rejected);
            assertEquals(10_000.0, r.finalEquity(), 1e-9); // -780 of cash + 98 X marked at 110
        }

        @Test
        void aRejectedOrderIsNotOpenAndItsIdStaysUsed() {
            List<Boolean> open = new ArrayList<>();
            ScriptedStrategy s = new ScriptedStrategy((n, ctx) -> {
                if (n == 1) {
                    ctx.submitMarket("big", "X", Side.BUY, 1_000);
                    open.add(ctx.isOpen("big"));
                } else if (n == 2) {
                    ctx.submitMarket("big", "X", Side.BUY, 1);
                }
            });
            BacktestFailedException e = assertThrows(BacktestFailedException.class,
                    () -> run(TEN_THOUSAND, s, closes(100, 100)));
            assertEquals(List.of(false), open);
            assertTrue(e.getMessage().contains("client order id 'big' was already used"), e.getMessage());
        }

        @Test
        void aShortSaleIsRejected() {
            ScriptedStrategy s = firstBarSends("short", Side.SELL, 1);
            BacktestResult r = run(TEN_THOUSAND, s, closes(100, 100));
            assertEquals(List.of("short"), s.rejected);
            String reason = r.account().rejections().get(0).reason();
            assertTrue(reason.contains("order 'short' sells 1.0 X but the cash account holds 0.0"), reason);
            assertTrue(reason.contains("cannot sell short"), reason);
            assertEquals(Map.of(), r.openPositions());
        }

        @Test
        void sellingMoreThanIsHeldIsRejectedButSellingWhatIsHeldIsNot() {
            ScriptedStrategy s = buysThen("buy", 10, ctx -> {
                ctx.submitMarket("too-many", "X", Side.SELL, 11);
                ctx.submitMarket("all", "X", Side.SELL, 10);
            });
            BacktestResult r = run(TEN_THOUSAND, s, closes(100, 105, 105));
            assertEquals(List.of("too-many"), s.rejected);
            assertEquals(List.of("buy", "all"), r.fills().stream().map(Fill::orderId).toList());
            assertEquals(10_000 + 10 * 5.0, r.finalEquity(), 1e-9);
        }

        @Test
        void theReadmeOrderOfOneBitcoinOnTenThousandIsRejectedInsteadOfDrivingEquityNegative() {
            // the README's example: units 1, balance 10,000, BTC at 42,000 and then 10,000
            ScriptedStrategy s = firstBarSends("btc", Side.BUY, 1);
            BacktestResult r = run(TEN_THOUSAND, s, closes(42_000, 10_000));
            assertEquals(List.of("btc"), s.rejected);
            assertEquals(0.0, r.totalReturn(), 0.0);
        }
    }

    @Nested
    class MarginAccounts {

        private BacktestResult buy(MarginAccount account, double units, double... closes) {
            return run(TEN_THOUSAND.toBuilder().account(account).build(), firstBarSends("lever", Side.BUY, units),
                    closes(closes));
        }

        @Test
        void leverageUpToTheInitialMarginIsAllowedAndNoFurther() {
            // 50% initial margin, cap 3: the limit is min(1 / 0.5, 3) = 2 x 10,000 = 20,000 = 200 X at 100
            MarginAccount account = new MarginAccount(0.5, 0.25, 3, 0);
            assertEquals(1, buy(account, 200, 100, 100).fills().size());
            BacktestResult over = buy(account, 201, 100, 100);
            assertEquals(0, over.fills().size());
            assertTrue(over.account().rejections().get(0).reason()
                    .contains("would raise gross exposure to 20,100.00 but the margin account allows 20,000.00"),
                    over.account().rejections().get(0).reason());
        }

        @Test
        void theLeverageCapBindsWhenItIsBelowOneOverTheInitialMargin() {
            // 20% initial margin would allow 5x; the cap of 3 allows 30,000 = 300 X at 100
            MarginAccount account = new MarginAccount(0.2, 0.1, 3, 0);
            assertEquals(1, buy(account, 300, 100, 100).fills().size());
            assertEquals(0, buy(account, 301, 100, 100).fills().size());
        }

        @Test
        void aMarginAccountMaySellShort() {
            BacktestResult r = run(TEN_THOUSAND.toBuilder().account(new MarginAccount(0.5, 0.25, 2, 0)).build(),
                    firstBarSends("short", Side.SELL, 100), closes(100, 90));
            assertEquals(Map.of("X", -100.0), r.openPositions());
            assertEquals(10_000 + 100 * 10.0, r.finalEquity(), 1e-9);
        }

        @Test
        void anAccountAtItsMaintenanceMarginIsLiquidated() {
            // 200 X at 100 on 10,000. Maintenance 25%: equity 200 p - 10,000 <= 0.25 * 200 p when p <= 66.67.
            // At 70: equity 4,000 > 3,500, kept. At 66: equity 3,200 <= 3,300, closed at 66.
            BacktestResult r = buy(new MarginAccount(0.5, 0.25, 2, 0), 200, 100, 70, 66, 80);
            List<Fill> fills = r.fills();
            assertEquals(2, fills.size());
            assertEquals("liquidation-1", fills.get(1).orderId());
            assertEquals(Side.SELL, fills.get(1).side());
            assertEquals(66.0, fills.get(1).price(), 0.0);
            assertEquals(TestData.close(LocalDate.of(2024, 1, 3)), fills.get(1).timeNanos());
            assertEquals(Map.of(), r.openPositions());
            assertEquals(3_200.0, r.finalEquity(), 1e-9);
            assertFalse(r.account().ruined());
        }

        @Test
        void aLongOnlyCrossoverLiquidatedBehindItsBackDoesNotSellShortAtTheNextCross() {
            // sma-cross 2/3, 90 units long-only. 100,100,100 then 200: up cross, buys 90 at 200. At 118
            // the averages still rise (diff (200 + 118 - 200) / 6 > 0) but equity 2,620 <= 25% of 10,620:
            // liquidated. At 50 the averages cross down; a strategy that still believed it held 90 would
            // sell 90 and, the 2,250 margin being affordable, end short.
            SmaCrossStrategy sma = new SmaCrossStrategy("X", 2, 3, false, PositionSizing.fixedUnits(90));
            BacktestResult r = run(TEN_THOUSAND.toBuilder().account(new MarginAccount(0.5, 0.25, 2, 0)).build(), sma,
                    closes(100, 100, 100, 200, 118, 50));
            List<String> ids = r.fills().stream().map(Fill::orderId).toList();
            assertEquals(List.of("sma-1", "liquidation-1"), ids);
            assertEquals(Map.of(), r.openPositions());
            assertEquals(2_620.0, r.finalEquity(), 1e-9);
        }

        @Test
        void settingsOutsideTheirRangesAreRefusedNamingTheField() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new MarginAccount(0.5, 0.6, 2, 0));
            assertEquals("maintenanceMargin must be in (0, initialMargin = 0.5], was 0.6", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new MarginAccount(0, 0, 2, 0));
            assertEquals("initialMargin must be in (0, 1], was 0.0", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> new MarginAccount(0.5, 0.25, 0.5, 0));
            assertEquals("maxLeverage must be a finite number >= 1, was 0.5", e.getMessage());
        }
    }

    @Nested
    class Ruin {

        @Test
        void aRuinedAccountRefusesOrdersAndSaysWhenItWasRuined() throws Exception {
            // 2x at 100, then a gap to 45: equity 10,000 - 20,000 + 9,000 = -1,000 at the close of day 2
            ScriptedStrategy s = new ScriptedStrategy((n, ctx) -> {
                if (n == 1) {
                    ctx.submitMarket("lever", "X", Side.BUY, 200);
                } else if (n == 3) {
                    ctx.submitMarket("again", "X", Side.BUY, 1);
                }
            });
            BacktestResult r = run(TEN_THOUSAND.toBuilder().account(new MarginAccount(0.5, 0.25, 2, 0)).build(), s,
                    closes(100, 45, 50));
            long ruin = TestData.close(LocalDate.of(2024, 1, 2));
            assertEquals(ruin, r.account().ruinedAtNanos().getAsLong());
            assertEquals(List.of("again"), s.rejected);
            assertTrue(r.account().rejections().get(0).reason()
                    .contains("ruined at 2024-01-02T21:00:00Z"), r.account().rejections().get(0).reason());
            assertEquals(-1_000.0, r.finalEquity(), 1e-9);
            assertEquals(-1.0, r.totalReturn(), 0.0);
            for (double daily : r.dailyReturns()) {
                assertTrue(daily >= -1.0, "daily return " + daily);
            }
            String json = json(r);
            assertTrue(json.contains("\"ruinedAt\" : \"2024-01-02T21:00:00Z\""), json);
            assertTrue(json.contains("\"totalReturn\" : -1.0"), json);
        }
    }
}

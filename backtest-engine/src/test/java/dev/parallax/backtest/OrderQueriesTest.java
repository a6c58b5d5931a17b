package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.spi.FillModel;
import dev.parallax.sim.api.spi.LatencyKind;
import dev.parallax.sim.api.spi.LatencyModel;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import dev.parallax.sim.core.ExecutionModels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * What {@code isOpen} and {@code cancel} answer for an order in each state (held for the next
 * open, in flight, working, cancelled, filled, filled but not yet notified, never sent), and which
 * ids a run refuses: an id is used for the whole run once an order was sent with it, whatever
 * became of the order. Also the ids {@code nextOrderId} gives.
 */
class OrderQueriesTest {

    private static final long MS = 1_000_000L;
    private static final long T0 = 1_700_000_000_000_000_000L;

    /** Orders and cancels take {@code submitMillis} to reach the venue; fills take {@code notifyMillis} to be notified. */
    private static LatencyModel latency(long submitMillis, long notifyMillis) {
        return new LatencyModel() {
            @Override
            public long sampleNanos(LatencyKind kind, RandomGenerator rng) {
                return (kind == LatencyKind.ORDER_SUBMIT ? submitMillis : notifyMillis) * MS;
            }
        };
    }

    /** Bars 100 ms apart at 100, 101, ...: each bar's low is half a unit below its open. */
    private static List<Bar> bars(int n) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double p = 100 + i;
            bars.add(new Bar("X", T0 + i * 100 * MS, p, p + 0.5, p - 0.5, p, 1_000));
        }
        return bars;
    }

    /** Runs {@code onBar} with the bar's number (from 1) over ten bars. */
    private static BacktestResult run(BarExecution execution, LatencyModel latency,
                                      BiConsumer<Integer, StrategyContext> onBar) {
        return run(TestData.FRICTIONLESS.toBuilder().latency(latency).build(), execution, bars(10), onBar);
    }

    /** Runs {@code onBar} with the bar's number (from 1) over {@code bars}, without a bar spread. */
    private static BacktestResult run(ExecutionModels models, BarExecution execution, List<Bar> bars,
                                      BiConsumer<Integer, StrategyContext> onBar) {
        BacktestConfig config = BacktestConfig.builder().models(() -> models).barSpreadBps(0)
                .barExecution(execution).build();
        Strategy strategy = new Strategy() {
            private int n;

            @Override
            public void onBar(Bar bar, StrategyContext context) {
                onBar.accept(++n, context);
            }
        };
        return new BacktestEngine(config).run(strategy, MarketDataSource.of(bars));
    }

    private static String refusal(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    @Test
    void anOrderCancelledWhileHeldForTheNextOpenIsFinishedAndItsIdStaysUsed() {
        List<Object> answers = new ArrayList<>();
        BacktestResult result = run(BarExecution.NEXT_BAR_OPEN, latency(0, 0), (n, ctx) -> {
            if (n == 1) {
                ctx.submitMarket("held", "X", Side.BUY, 1);
                answers.add(ctx.isOpen("held"));
                answers.add(ctx.cancel("held"));
                answers.add(ctx.isOpen("held"));
                answers.add(ctx.cancel("held"));
            } else if (n == 2) {
                answers.add(ctx.isOpen("held"));
                answers.add(ctx.cancel("held"));
                answers.add(refusal(() -> ctx.submitMarket("held", "X", Side.BUY, 1)));
            }
        });
        assertEquals(List.of(true, true, false, false, false, false,
                "client order id 'held' was already used in this run"), answers);
        assertEquals(0, result.fills().size());
        assertEquals(0, result.execution().totalOrders(), "the cancelled order never reached the simulator");
    }

    @Test
    void aHeldOrderIsOpenUntilItFillsAtTheNextOpen() {
        List<Object> answers = new ArrayList<>();
        BacktestResult result = run(BarExecution.NEXT_BAR_OPEN, latency(0, 0), (n, ctx) -> {
            if (n == 1) {
                ctx.submitMarket("m", "X", Side.BUY, 1);
                answers.add(ctx.isOpen("m"));
            } else if (n == 2) {
                answers.add(ctx.isOpen("m"));
                answers.add(ctx.cancel("m"));
                answers.add(refusal(() -> ctx.submitMarket("m", "X", Side.SELL, 1)));
            }
        });
        assertEquals(List.of(true, false, false, "client order id 'm' was already used in this run"), answers);
        assertEquals(101.0, result.fills().get(0).price(), 0.0);
    }

    @Test
    void aWorkingLimitOrderIsOpenUntilItsCancelArrives() {
        List<Object> answers = new ArrayList<>();
        BacktestResult result = run(BarExecution.SIGNAL_BAR_CLOSE, latency(30, 0), (n, ctx) -> {
            if (n == 1) {
                ctx.submitLimit("l", "X", Side.BUY, 1, 90);
                answers.add(ctx.isOpen("l")); // on its way
            } else if (n == 2) {
                answers.add(ctx.isOpen("l")); // resting
                answers.add(ctx.cancel("l"));
                answers.add(ctx.isOpen("l")); // the cancel is on its way
                answers.add(ctx.cancel("l")); // already asked
            } else if (n == 3) {
                answers.add(ctx.isOpen("l"));
                answers.add(ctx.cancel("l"));
                answers.add(refusal(() -> ctx.submitLimit("l", "X", Side.BUY, 1, 90)));
            }
        });
        assertEquals(List.of(true, true, true, true, false, false, false,
                "client order id 'l' was already used in this run"), answers);
        assertEquals(0, result.fills().size());
        assertEquals(1, result.execution().cancelledOrders());
    }

    @Test
    void aPartlyFilledOrderThatWasCancelledStaysClosedHoweverOftenItIsAskedAbout() {
        // half of the order fills at bar 2's low, the rest would fill at the next chance
        FillModel halves = (order, type, remaining, available, market, rng) ->
                remaining == order.size() ? remaining / 2 : remaining;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double low = i == 1 ? 99 : 99.9;
            bars.add(new Bar("X", T0 + i * 100 * MS, 100, 100.5, low, 100, 1_000));
        }
        List<Object> answers = new ArrayList<>();
        BacktestResult result = run(TestData.FRICTIONLESS.toBuilder().fill(halves).build(),
                BarExecution.SIGNAL_BAR_CLOSE, bars,
                (n, ctx) -> {
                    if (n == 1) {
                        ctx.submitLimit("l", "X", Side.BUY, 4, 99.6);
                    } else if (n == 2) {
                        answers.add(ctx.position("X"));
                        answers.add(ctx.isOpen("l"));
                        answers.add(ctx.cancel("l")); // arrives at once: no latency
                    } else {
                        answers.add(ctx.isOpen("l"));
                        answers.add(ctx.cancel("l"));
                    }
                });
        List<Object> expected = new ArrayList<>(List.of(2.0, true, true));
        for (int bar = 3; bar <= 8; bar++) {
            expected.addAll(List.of(false, false));
        }
        assertEquals(expected, answers);
        assertEquals(1, result.fills().size());
        assertEquals(1, result.execution().cancelledOrders());
    }

    @Test
    void aFilledOrderIsNoLongerOpenEvenBeforeItsFillIsNotified() {
        List<Object> answers = new ArrayList<>();
        List<Integer> notifiedOnBar = new ArrayList<>();
        int[] bar = new int[1];
        BacktestConfig config = BacktestConfig.builder()
                .models(() -> TestData.FRICTIONLESS.toBuilder().latency(latency(0, 250)).build())
                .barSpreadBps(0).barExecution(BarExecution.SIGNAL_BAR_CLOSE).build();
        Strategy strategy = new Strategy() {
            @Override
            public void onBar(Bar b, StrategyContext ctx) {
                bar[0]++;
                if (bar[0] == 1) {
                    ctx.submitMarket("m", "X", Side.BUY, 1);
                    answers.add(ctx.isOpen("m")); // filled at this close; notified 250 ms later
                } else if (bar[0] == 2) {
                    answers.add(ctx.isOpen("m"));
                    answers.add(ctx.cancel("m"));
                } else if (bar[0] == 5) {
                    answers.add(ctx.isOpen("m"));
                    answers.add(refusal(() -> ctx.submitMarket("m", "X", Side.BUY, 1)));
                }
            }

            @Override
            public void onFill(dev.parallax.sim.api.Fill fill, StrategyContext ctx) {
                notifiedOnBar.add(bar[0]);
            }
        };
        new BacktestEngine(config).run(strategy, MarketDataSource.of(bars(10)));
        assertEquals(List.of(false, false, false, false, "client order id 'm' was already used in this run"),
                answers);
        assertEquals(List.of(3), notifiedOnBar, "the fill is notified between bars 3 and 4");
    }

    @Test
    void anIdNoOrderWasSentWithIsNotOpenAndCannotBeCancelled() {
        List<Object> answers = new ArrayList<>();
        for (BarExecution execution : BarExecution.values()) {
            run(execution, latency(10, 10), (n, ctx) -> {
                if (n == 1) {
                    ctx.submitLimit("l", "X", Side.BUY, 1, 90);
                    answers.add(ctx.isOpen("other"));
                    answers.add(refusal(() -> ctx.cancel("other")));
                }
            });
        }
        assertEquals(List.of(false, "cannot cancel unknown client order id 'other'",
                false, "cannot cancel unknown client order id 'other'"), answers);
    }

    @Test
    void nextOrderIdCountsFromOneForEachPrefixAcrossTheRun() {
        List<String> ids = new ArrayList<>();
        run(BarExecution.SIGNAL_BAR_CLOSE, latency(0, 0), (n, ctx) -> {
            for (int i = 0; i < 100; i++) {
                ids.add(ctx.nextOrderId("a"));
            }
            ids.add(ctx.nextOrderId("b"));
        });
        assertEquals(1_010, ids.size());
        assertEquals(List.of("a-1", "a-2"), ids.subList(0, 2));
        assertEquals(List.of("a-100", "b-1", "a-101"), ids.subList(99, 102));
        assertEquals(List.of("a-1000", "b-10"), ids.subList(1_008, 1_010));
    }
}

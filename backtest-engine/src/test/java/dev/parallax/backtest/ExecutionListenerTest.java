package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionListenerTest {

    /** 10,000 of cash, market orders pay 10 bps, no slippage; orders fill at the close of the bar that sends them. */
    private static final BacktestConfig AT_CLOSE = BacktestConfig.builder().initialCash(10_000)
            .models(() -> TestData.TEN_BPS).barSpreadBps(0).barExecution(BarExecution.SIGNAL_BAR_CLOSE).build();

    private static final List<Bar> BARS = List.of(TestData.day("X", 2, 100, 100, 100, 100),
            TestData.day("X", 3, 110, 110, 110, 110), TestData.day("X", 4, 90, 90, 90, 90));

    /** Buys 2, then sells 1 and 1; notes how many executions the listener had heard at each onFill. */
    private static final class InAndOut implements Strategy {
        final List<Integer> heardAtFill = new ArrayList<>();
        private final List<?> heard;
        private int n;

        InAndOut(List<?> heard) {
            this.heard = heard;
        }

        @Override
        public void onBar(Bar bar, StrategyContext context) {
            n++;
            context.submitMarket("o" + n, "X", n == 1 ? Side.BUY : Side.SELL, n == 1 ? 2 : 1);
        }

        @Override
        public void onFill(Fill fill, StrategyContext context) {
            heardAtFill.add(heard.size());
        }
    }

    @Test
    void everyExecutionIsHeardInOrderWithTheAccountAfterItBeforeTheStrategy() {
        List<String> heard = new ArrayList<>();
        List<Fill> fills = new ArrayList<>();
        InAndOut strategy = new InAndOut(heard);
        BacktestResult r = StrategyRunner.builder(AT_CLOSE).executions((fill, account) -> {
            fills.add(fill);
            heard.add(fill.orderId() + " position " + account.position("X") + " cash "
                    + String.format(java.util.Locale.ROOT, "%.2f", account.cash()));
        }).build().run(strategy, MarketDataSource.of(BARS));
        // buy 2 at 100 paying 0.20; sell 1 at 110 paying 0.11; sell 1 at 90 paying 0.09
        assertEquals(List.of("o1 position 2.0 cash 9799.80", "o2 position 1.0 cash 9909.69",
                "o3 position 0.0 cash 9999.60"), heard);
        assertEquals(r.fills(), fills);
        assertEquals(List.of(1, 2, 3), strategy.heardAtFill);
    }

    @Test
    void aListenerThatFailsStopsTheRun() {
        BacktestFailedException e = assertThrows(BacktestFailedException.class,
                () -> StrategyRunner.builder(AT_CLOSE).executions((fill, account) -> {
                    throw new IllegalStateException("store is full");
                }).build().run(new InAndOut(List.of()), MarketDataSource.of(BARS)));
        assertTrue(e.getMessage().contains("store is full"), e.getMessage());
    }

    @Test
    void eachOrderIsHeardOnceAsItsFillsSummedUnderItsClientId() {
        List<Fill> orders = new ArrayList<>();
        BacktestResult r = StrategyRunner.builder(AT_CLOSE).orderExecutions(orders::add).build()
                .run(new InAndOut(new ArrayList<>()), MarketDataSource.of(BARS));
        assertEquals(List.of("o1", "o2", "o3"), orders.stream().map(Fill::orderId).toList());
        // one fill per order here, so each order's execution is its fill, marked whole
        for (int i = 0; i < 3; i++) {
            Fill fill = r.fills().get(i);
            Fill order = orders.get(i);
            assertEquals(fill.price(), order.price(), 0.0);
            assertEquals(fill.size(), order.size(), 0.0);
            assertEquals(fill.fee(), order.fee(), 0.0);
            assertEquals(fill.timeNanos(), order.timeNanos());
            assertEquals(fill.side(), order.side());
            assertEquals(false, order.partial());
        }
    }
}

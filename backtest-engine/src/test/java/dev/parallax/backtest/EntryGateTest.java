package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryGateTest {

    /** 10,000 of cash, no fees or slippage; orders sent on a bar go out at the next bar's open. */
    private static final BacktestConfig NEXT_OPEN = BacktestConfig.builder().initialCash(10_000)
            .models(() -> TestData.FRICTIONLESS).barSpreadBps(0).barExecution(BarExecution.NEXT_BAR_OPEN).build();

    private static final List<Bar> BARS = List.of(TestData.day("X", 2, 100, 100, 100, 100),
            TestData.day("X", 3, 100, 100, 100, 100), TestData.day("X", 4, 100, 100, 100, 100),
            TestData.day("X", 5, 100, 100, 100, 100), TestData.day("X", 8, 100, 100, 100, 100));

    /** A gate that is open for the first bar's orders only, as a strategy disabled after its first entry. */
    private static final class Switch implements EntryGate {
        boolean open = true;
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<String> refusal(Order order) {
            asked.add(order.id());
            return open ? Optional.empty() : Optional.of("strategy disabled");
        }
    }

    @Test
    void aClosedGateRefusesEntriesButLetsEveryOrderThatOnlyReducesGoOut() {
        Switch gate = new Switch();
        ScriptedStrategy s = new ScriptedStrategy((n, ctx) -> {
            if (n == 1) {
                ctx.submitMarket("entry", "X", Side.BUY, 2);
            } else if (n == 2) {
                gate.open = false;
                ctx.submitMarket("more", "X", Side.BUY, 1);   // adds: refused
                ctx.submitMarket("trim", "X", Side.SELL, 1);  // 1 of 2: goes out
                ctx.submitMarket("flip", "X", Side.SELL, 1.5); // 1.5 + 1 open > 2: would open a short
                ctx.submitMarket("rest", "X", Side.SELL, 1);  // 1 + 1 open = 2: goes out
            }
        });
        BacktestResult r = StrategyRunner.builder(NEXT_OPEN).entryGate(gate).build().run(s, MarketDataSource.of(BARS));
        assertEquals(List.of("entry", "more", "flip"), gate.asked, "orders that only reduce are never asked about");
        assertEquals(List.of("more: order 'more' refused by the entry gate: strategy disabled",
                "flip: order 'flip' refused by the entry gate: strategy disabled"), s.reasons);
        assertEquals(Map.of(), r.openPositions());
        assertEquals(2, r.account().rejectedOrders());
    }

    @Test
    void aGateThatFailsRefusesTheOrder() {
        EntryGate broken = order -> {
            throw new IllegalStateException("disable state unreadable");
        };
        ScriptedStrategy s = new ScriptedStrategy((n, ctx) -> {
            if (n == 1) {
                ctx.submitMarket("entry", "X", Side.BUY, 1);
            }
        });
        BacktestResult r = StrategyRunner.builder(NEXT_OPEN).entryGate(broken).build().run(s, MarketDataSource.of(BARS));
        assertEquals(List.of("entry: order 'entry' refused: the entry gate failed "
                + "(java.lang.IllegalStateException: disable state unreadable)"), s.reasons);
        assertEquals(0, r.fills().size());
    }

    @Test
    void anOpenGateChangesNothing() {
        ScriptedStrategy first = new ScriptedStrategy((n, ctx) -> ctx.submitMarket(ctx.nextOrderId("b"), "X", Side.BUY, 1));
        ScriptedStrategy second = new ScriptedStrategy((n, ctx) -> ctx.submitMarket(ctx.nextOrderId("b"), "X", Side.BUY, 1));
        BacktestResult gated = StrategyRunner.builder(NEXT_OPEN).entryGate(order -> Optional.empty()).build()
                .run(first, MarketDataSource.of(BARS));
        BacktestResult plain = new BacktestEngine(NEXT_OPEN).run(second, MarketDataSource.of(BARS));
        assertEquals(plain.fills(), gated.fills());
        assertEquals(4, gated.fills().size());
    }
}

package dev.parallax.backtest;

import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** A strategy that runs {@code action} on each bar (numbered from 1) and notes every rejection. */
final class ScriptedStrategy implements Strategy {

    /** The ids of the rejected orders, in order. */
    final List<String> rejected = new ArrayList<>();
    /** The rejections as {@code "id: reason"}, in order. */
    final List<String> reasons = new ArrayList<>();
    private final BiConsumer<Integer, StrategyContext> action;
    private int n;

    ScriptedStrategy(BiConsumer<Integer, StrategyContext> action) {
        this.action = action;
    }

    @Override
    public void onBar(Bar bar, StrategyContext context) {
        action.accept(++n, context);
    }

    @Override
    public void onOrderRejected(String clientOrderId, String reason, StrategyContext context) {
        rejected.add(clientOrderId);
        reasons.add(clientOrderId + ": " + reason);
    }
}

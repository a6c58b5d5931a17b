package dev.parallax.cli.research;

import dev.parallax.cli.backtest.BacktestPlan;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.research.AccountSpec;
import dev.parallax.research.BarWindow;
import dev.parallax.research.BaseRun;
import dev.parallax.research.SweepPlan;
import dev.parallax.research.SweepPoint;
import java.util.Map;

/** Turns the plan of {@code parallax backtest} into the serializable plan of a sweep. */
public final class ResearchPlans {

    private ResearchPlans() {
    }

    /** The sweep plan of {@code plan}: its strategy, models, account and data; returns annualised as it says. */
    public static SweepPlan of(BacktestPlan plan) {
        BaseRun base = BaseRun.of(plan.strategy(), plan.strategySettings().asMap(), plan.simulator(), plan.balance(),
                plan.execution(), plan.barSpreadBps(), AccountSpec.of(plan.account()))
                .withMarketDataLatency(plan.marketDataLatency());
        return new SweepPlan(base, FileBarSource.of(plan.data(), plan.from(), plan.to()), BarWindow.ALL,
                MetricBasis.of(plan.periodsPerYear()));
    }

    /**
     * The sweep plan of {@code plan} whose data source checks, wherever it is loaded, that the bytes it
     * reads have the SHA-256 {@code sha256} (64 lowercase hex digits): the digest the driver read, so a
     * file changed while the sweep runs fails it ({@link FileBarSource#load}).
     */
    public static SweepPlan of(BacktestPlan plan, String sha256) {
        SweepPlan unchecked = of(plan);
        return new SweepPlan(unchecked.base(), ((FileBarSource) unchecked.data()).expecting(sha256), unchecked.window(),
                unchecked.basis());
    }

    /** The point that runs {@code plan} as it is: no setting changed, the plan's seed. */
    public static SweepPoint basePoint(BacktestPlan plan) {
        return SweepPoint.of(0, Map.of(), Map.of(), plan.simulator().seed());
    }
}

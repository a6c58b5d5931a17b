package dev.parallax.cli.backtest;

import dev.parallax.adapters.data.SkippedRows;
import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.EngineObserver;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.cli.data.DataRead;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.cli.data.TimeWindow;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.ModelLookup;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyProvider;
import dev.parallax.sim.core.ExecutionModels;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Runs a {@link BacktestPlan}: finds the strategy and models by name, reads the data, runs the engine. */
public final class BacktestRunner {

    private BacktestRunner() {
    }

    /**
     * What a run produced.
     *
     * @param result  the backtest result
     * @param skipped rows the reader skipped (lenient mode)
     * @param read    the digest of the data file and the rows read and skipped
     */
    public record Outcome(BacktestResult result, SkippedRows skipped, DataRead read) {
    }

    /** The strategy {@code plan} names, created with its settings plus the data's symbol. */
    public static Strategy strategy(BacktestPlan plan) {
        Map<String, String> settings = new TreeMap<>(plan.strategySettings().asMap());
        settings.putIfAbsent("symbol", plan.data().symbol());
        StrategyProvider provider = ModelCatalog.load(StrategyProvider.class).provider(plan.strategy());
        return provider.create(ModelSettings.of(settings));
    }

    /** The engine configuration of {@code plan}, without a parity tracker. */
    public static BacktestConfig config(BacktestPlan plan) {
        return BacktestConfig.builder().initialCash(plan.balance()).simulator(plan.simulator())
                .account(plan.account()).barExecution(plan.execution())
                .barSpreadBps(plan.barSpreadBps()).calendar(plan.periodsPerYear(), ZoneOffset.UTC)
                .marketDataLatency(plan.marketDataLatency()).positionMode(plan.positionMode()).build();
    }

    /** Runs {@code plan}, telling {@code observer} about every event and recording orders in {@code parity}. */
    public static Outcome run(BacktestPlan plan, EngineObserver observer, Optional<ParityTracker> parity) {
        Strategy strategy = strategy(plan);
        BacktestConfig config = config(plan);
        if (parity.isPresent()) {
            config = config.toBuilder().parityTracker(parity.get()).build();
        }
        DataSpec.Opened data = plan.data().open();
        BacktestResult result;
        try (TimeWindow window = new TimeWindow(data.source(), plan.from(), plan.to(),
                plan.data().windowShiftNanos())) {
            result = new BacktestEngine(config, observer).run(strategy, window);
        }
        return new Outcome(result, data.skipped().get(), data.read().get());
    }
}

package dev.parallax.examples.strategy;

import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BacktestEngine;
import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.spi.ModelCatalog;
import dev.parallax.sim.api.strategy.Strategy;
import dev.parallax.sim.api.strategy.StrategyProvider;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Finds the custom {@code breakout} strategy by name through ServiceLoader and backtests it. */
public final class CustomStrategyExample {

    private CustomStrategyExample() {
    }

    /** Runs the example and prints the result. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Backtests {@code breakout} on a synthetic wave and prints the headline figures. */
    public static BacktestResult run(PrintStream out) {
        Strategy strategy = ModelCatalog.load(StrategyProvider.class).provider("breakout")
                .create(ModelSettings.of("symbol", "DEMO", "lookback", "10"));
        List<Bar> bars = new ArrayList<>();
        long day = 86_400_000_000_000L;
        for (int i = 0; i < 300; i++) {
            double price = 100 + 10 * Math.sin(i / 15.0) + i * 0.05;
            bars.add(new Bar("DEMO", (i + 1) * day, price, price + 0.5, price - 0.5, price, 10_000));
        }
        BacktestResult result = new BacktestEngine(BacktestConfig.DEFAULT).run(strategy, MarketDataSource.of(bars));
        out.printf("breakout: %d trades, return %.2f%%, fees %.2f%n", result.trades().size(),
                result.totalReturn() * 100, result.totalFees());
        return result;
    }
}

package dev.parallax.research;

import dev.parallax.backtest.columnar.ColumnarSmaCross;
import dev.parallax.backtest.columnar.ColumnarStrategy;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.core.SimulatorConfig;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides whether a run can take the columnar fast path, and builds its columnar strategy.
 *
 * <p>The columnar engine fills market orders at bar prices with a fixed fee and slippage; it gives
 * the event engine's trades exactly when execution is ideal. So a run takes the fast path only when
 * all of these hold: the strategy is {@code sma-cross} sized in fixed units (not
 * {@code equity_fraction}) on the data's symbol, the models are {@link SimulatorConfig#IDEAL}'s (seed
 * aside) and the bar spread is 0. Anything else runs through the event engine. The ideal latency
 * model draws no market-data delay, so whether market-data latency is on does not matter there.
 */
final class ColumnarForm {

    private static final Set<String> SMA_KEYS = Set.of("symbol", "fast", "slow", "long_short", "units");

    private ColumnarForm() {
    }

    /** A maker of the columnar strategy for this run, or empty when the run needs the event engine. */
    static Optional<Supplier<ColumnarStrategy>> of(String strategy, Map<String, String> settings, String symbol,
                                                   SimulatorConfig simulator, double barSpreadBps) {
        if (!strategy.equals("sma-cross") || barSpreadBps != 0
                || !simulator.toBuilder().seed(SimulatorConfig.IDEAL.seed()).build().equals(SimulatorConfig.IDEAL)
                || !SMA_KEYS.containsAll(settings.keySet()) || !symbol.equals(settings.get("symbol"))) {
            return Optional.empty();
        }
        ModelSettings s = ModelSettings.of(settings);
        int fast = s.getInt("fast", 5);
        int slow = s.getInt("slow", 20);
        boolean longShort = Boolean.parseBoolean(s.getString("long_short", "false").trim());
        double units = s.getDouble("units", 1);
        return Optional.of(() -> new ColumnarSmaCross(fast, slow, longShort, units));
    }
}

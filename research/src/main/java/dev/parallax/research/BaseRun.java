package dev.parallax.research;

import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BarExecution;
import dev.parallax.sim.core.ModelChoice;
import dev.parallax.sim.core.SimulatorConfig;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The backtest every point of a sweep starts from, in serializable form: what the config file and
 * flags chose before the sweep changes some settings.
 *
 * @param strategy         strategy provider name, not blank
 * @param strategySettings the strategy's settings (the data's {@code symbol} is added when missing)
 * @param models           execution models by kind: exactly {@code fee, latency, slippage, queue, fill}
 * @param initialCash      starting cash, {@code > 0} and at most {@link BacktestConfig#MAX_INITIAL_CASH}
 * @param execution        when orders sent on a bar reach the market
 * @param barSpreadBps     spread put around bar prices, {@code >= 0}
 * @param account          the account's rules
 * @param marketDataLatency whether the strategy sees market data after the latency model's market-data
 *                          delays ({@link BacktestConfig#marketDataLatency()})
 */
public record BaseRun(String strategy, SortedMap<String, String> strategySettings,
                      SortedMap<String, NamedModel> models, double initialCash, BarExecution execution,
                      double barSpreadBps, AccountSpec account, boolean marketDataLatency) implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The model kinds, in the order the simulator config names them. */
    public static final Set<String> MODEL_KINDS = Set.of("fee", "latency", "slippage", "queue", "fill");

    /** Validates every field. */
    public BaseRun {
        if (strategy == null || strategy.isBlank()) {
            throw new IllegalArgumentException("strategy must not be blank, was '" + strategy + "'");
        }
        strategySettings = Settings.copy("strategySettings", strategySettings);
        if (models == null || !models.keySet().equals(MODEL_KINDS)) {
            throw new IllegalArgumentException("models must name exactly the kinds " + new java.util.TreeSet<>(MODEL_KINDS)
                    + ", was " + (models == null ? null : models.keySet()));
        }
        models = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(models));
        if (!(initialCash > 0 && initialCash <= BacktestConfig.MAX_INITIAL_CASH)) {
            throw new IllegalArgumentException("initialCash must be > 0 and at most " + BacktestConfig.MAX_INITIAL_CASH
                    + ", was " + initialCash);
        }
        if (execution == null) {
            throw new IllegalArgumentException("execution must not be null");
        }
        if (!(barSpreadBps >= 0 && barSpreadBps < BacktestConfig.MAX_BAR_SPREAD_BPS)) {
            throw new IllegalArgumentException("barSpreadBps must be >= 0 and below " + BacktestConfig.MAX_BAR_SPREAD_BPS
                    + ", was " + barSpreadBps);
        }
        if (account == null) {
            throw new IllegalArgumentException("account must not be null");
        }
    }

    /**
     * The base run of {@code strategy} with {@code simulator}'s models (its seed is ignored: points carry
     * seeds), with market-data latency.
     */
    public static BaseRun of(String strategy, Map<String, String> strategySettings, SimulatorConfig simulator,
                             double initialCash, BarExecution execution, double barSpreadBps, AccountSpec account) {
        TreeMap<String, NamedModel> models = new TreeMap<>();
        models.put("fee", NamedModel.of(simulator.fee()));
        models.put("latency", NamedModel.of(simulator.latency()));
        models.put("slippage", NamedModel.of(simulator.slippage()));
        models.put("queue", NamedModel.of(simulator.queue()));
        models.put("fill", NamedModel.of(simulator.fill()));
        return new BaseRun(strategy, Settings.copy("strategySettings", strategySettings), models, initialCash,
                execution, barSpreadBps, account, true);
    }

    /** A copy with market-data latency on or off. */
    public BaseRun withMarketDataLatency(boolean marketDataLatency) {
        return new BaseRun(strategy, strategySettings, models, initialCash, execution, barSpreadBps, account,
                marketDataLatency);
    }

    /** The strategy settings of {@code point}: the base settings with the point's put over them. */
    public SortedMap<String, String> strategySettingsOf(SweepPoint point) {
        TreeMap<String, String> merged = new TreeMap<>(strategySettings);
        merged.putAll(point.strategySettings());
        return merged;
    }

    /**
     * The simulator of {@code point}: the base models with the point's {@code kind.setting} values
     * put over their settings, and the point's seed.
     *
     * @throws IllegalArgumentException for a model kind that does not exist
     */
    public SimulatorConfig simulatorOf(SweepPoint point) {
        Map<String, Map<String, String>> overrides = new TreeMap<>();
        for (Map.Entry<String, String> e : point.modelSettings().entrySet()) {
            String kind = e.getKey().substring(0, e.getKey().indexOf('.'));
            if (!MODEL_KINDS.contains(kind)) {
                throw new IllegalArgumentException("model setting '" + e.getKey() + "' names unknown kind '" + kind
                        + "'; known kinds: " + new java.util.TreeSet<>(MODEL_KINDS));
            }
            overrides.computeIfAbsent(kind, k -> new TreeMap<>())
                    .put(e.getKey().substring(kind.length() + 1), e.getValue());
        }
        return new SimulatorConfig(choice("fee", overrides), choice("latency", overrides),
                choice("slippage", overrides), choice("queue", overrides), choice("fill", overrides), point.seed());
    }

    /** The engine configuration of {@code point}, annualising returns with {@code periodsPerYear} on UTC days. */
    public BacktestConfig configOf(SweepPoint point, double periodsPerYear) {
        return BacktestConfig.builder().initialCash(initialCash).simulator(simulatorOf(point))
                .account(account.toAccount()).barExecution(execution).barSpreadBps(barSpreadBps)
                .calendar(periodsPerYear, ZoneOffset.UTC).marketDataLatency(marketDataLatency).build();
    }

    private ModelChoice choice(String kind, Map<String, Map<String, String>> overrides) {
        return models.get(kind).toChoice(overrides.getOrDefault(kind, Map.of()));
    }
}

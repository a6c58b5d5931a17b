package dev.parallax.cli.backtest;

import dev.parallax.backtest.BarExecution;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.sim.api.ModelSettings;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.core.SimulatorConfig;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A backtest with every choice made: what runs, on which data, with which execution.
 *
 * @param strategy         strategy provider name
 * @param strategySettings strategy settings (the data's {@code symbol} is added when missing)
 * @param data             the market data
 * @param from             first UTC day, inclusive
 * @param to               last UTC day, inclusive
 * @param balance          starting cash, {@code > 0}
 * @param execution        when orders sent on a bar reach the market
 * @param barSpreadBps     spread around bar prices, {@code >= 0}
 * @param periodsPerYear   annualisation of daily returns, {@code > 0}
 * @param simulator        the execution models by name and the seed
 */
public record BacktestPlan(String strategy, ModelSettings strategySettings, DataSpec data, Optional<LocalDate> from,
                           Optional<LocalDate> to, double balance, BarExecution execution, double barSpreadBps,
                           double periodsPerYear, SimulatorConfig simulator) {

    /** Validates every field. */
    public BacktestPlan {
        Preconditions.notBlank("strategy", strategy);
        Preconditions.notNull("strategySettings", strategySettings);
        Preconditions.notNull("data", data);
        Preconditions.notNull("from", from);
        Preconditions.notNull("to", to);
        Preconditions.positive("balance", balance);
        Preconditions.notNull("execution", execution);
        Preconditions.nonNegative("barSpreadBps", barSpreadBps);
        Preconditions.positive("periodsPerYear", periodsPerYear);
        Preconditions.notNull("simulator", simulator);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("to must not be before from, was from " + from.get() + " to " + to.get());
        }
    }
}

package dev.parallax.cli.backtest;

import dev.parallax.backtest.AccountType;
import dev.parallax.backtest.BacktestConfig;
import dev.parallax.backtest.BarExecution;
import dev.parallax.cli.data.DataSpec;
import dev.parallax.ledger.PositionMode;
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
 * @param barSpreadBps     spread around bar prices, {@code >= 0} and below
 *                         {@link BacktestConfig#MAX_BAR_SPREAD_BPS}
 * @param periodsPerYear   annualisation of daily returns, {@code > 0}
 * @param simulator        the execution models by name and the seed
 * @param preset           the execution preset the models started from (flags and the config file may
 *                         have replaced some of them)
 * @param account          what the account may do with its money: cash (the default) or margin
 * @param marketDataLatency whether the strategy sees market data after the latency model's
 *                          {@code MARKET_DATA} delays ({@link BacktestConfig#marketDataLatency()})
 * @param positionMode     how the account's ledger forms positions ({@link BacktestConfig#positionMode()})
 */
public record BacktestPlan(String strategy, ModelSettings strategySettings, DataSpec data, Optional<LocalDate> from,
                           Optional<LocalDate> to, double balance, BarExecution execution, double barSpreadBps,
                           double periodsPerYear, SimulatorConfig simulator, ExecutionPreset preset,
                           AccountType account, boolean marketDataLatency,
                           PositionMode positionMode) {

    /** Validates every field. */
    public BacktestPlan {
        Preconditions.notBlank("strategy", strategy);
        Preconditions.notNull("strategySettings", strategySettings);
        Preconditions.notNull("data", data);
        Preconditions.notNull("from", from);
        Preconditions.notNull("to", to);
        Preconditions.positive("balance", balance);
        if (!(balance <= dev.parallax.backtest.BacktestConfig.MAX_INITIAL_CASH)) {
            throw new IllegalArgumentException("balance must be at most "
                    + dev.parallax.backtest.BacktestConfig.MAX_INITIAL_CASH + ", was " + balance);
        }
        Preconditions.notNull("execution", execution);
        Preconditions.nonNegative("barSpreadBps", barSpreadBps);
        if (!(barSpreadBps < BacktestConfig.MAX_BAR_SPREAD_BPS)) {
            throw new IllegalArgumentException("barSpreadBps must be below " + BacktestConfig.MAX_BAR_SPREAD_BPS
                    + " (the bid would be zero or less), was " + barSpreadBps);
        }
        Preconditions.positive("periodsPerYear", periodsPerYear);
        Preconditions.notNull("simulator", simulator);
        Preconditions.notNull("preset", preset);
        Preconditions.notNull("account", account);
        Preconditions.notNull("positionMode", positionMode);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("to must not be before from, was from " + from.get() + " to " + to.get());
        }
    }

    /** A plan started from the realistic preset, on a cash account, with market-data latency, netting positions. */
    public BacktestPlan(String strategy, ModelSettings strategySettings, DataSpec data, Optional<LocalDate> from,
                        Optional<LocalDate> to, double balance, BarExecution execution, double barSpreadBps,
                        double periodsPerYear, SimulatorConfig simulator) {
        this(strategy, strategySettings, data, from, to, balance, execution, barSpreadBps, periodsPerYear, simulator,
                ExecutionPreset.REALISTIC, AccountType.cash(), true, PositionMode.NETTING);
    }

    /**
     * How the run executes, for report headers: {@code ideal (...)} when the models and spread are exactly
     * the ideal preset, {@code ideal preset with ... replaced} when some were replaced, else
     * {@code realistic models}.
     */
    public String executionSummary() {
        if (ExecutionPreset.IDEAL.matches(simulator, barSpreadBps)) {
            return "ideal execution (zero fees, spread, slippage and latency; full fills)";
        }
        if (preset == ExecutionPreset.IDEAL) {
            return "ideal preset with " + replaced(ExecutionPreset.IDEAL) + " replaced";
        }
        return "realistic models";
    }

    private String replaced(ExecutionPreset p) {
        SimulatorConfig m = p.models();
        java.util.List<String> kinds = new java.util.ArrayList<>();
        if (!simulator.fee().equals(m.fee())) {
            kinds.add("fee");
        }
        if (!simulator.latency().equals(m.latency())) {
            kinds.add("latency");
        }
        if (!simulator.slippage().equals(m.slippage())) {
            kinds.add("slippage");
        }
        if (!simulator.queue().equals(m.queue())) {
            kinds.add("queue");
        }
        if (!simulator.fill().equals(m.fill())) {
            kinds.add("fill");
        }
        if (barSpreadBps != p.barSpreadBps()) {
            kinds.add("bar spread");
        }
        return String.join(", ", kinds);
    }
}

package dev.parallax.backtest;

import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.core.SimulatorConfig;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Everything a backtest run is set up with. Immutable; start from {@link #DEFAULT} and change what
 * you need with the {@code with...} methods.
 *
 * @param initialCash       starting cash in quote currency, {@code > 0} and at most {@link #MAX_INITIAL_CASH}
 * @param models            makes each run's execution models (see {@link ExecutionModelFactory})
 * @param seed              seed of the simulator's random generator; the market-data delays draw from a
 *                          stream of their own derived from it (see {@link BacktestEngine})
 * @param barExecution      when orders sent on a bar reach the market
 * @param barSpreadBps      spread around bar prices when the data has no quotes, in bps, {@code >= 0} and
 *                          below {@link #MAX_BAR_SPREAD_BPS}
 * @param volatilityWindow  observations in the rolling volatility handed to the models, {@code >= 2}
 * @param periodsPerYear    trading days per year for annualising daily metrics (252, 365, ...)
 * @param zone              time zone of trading days and months
 * @param maxOrderSize      largest order size a strategy may send, {@code > 0} (infinite for no limit)
 * @param equityIntervalNanos smallest gap between two equity-curve points; 0 keeps a point per event
 * @param keepFills         whether the result keeps every fill (turn off for very long runs)
 * @param parityTracker     when present, every completed order is recorded in it as the backtest
 *                          execution of the trade whose id is the order's client id
 * @param account           what the account may do with its money: a {@link CashAccount} (the
 *                          default) or a {@link MarginAccount}
 * @param marketDataLatency whether the strategy sees each bar, trade and quote only after a
 *                          {@code MARKET_DATA} delay drawn from the latency model, while the simulated
 *                          venue applies it at its own time (see {@link BacktestEngine}); false shows
 *                          the strategy every event at the instant it happened
 */
public record BacktestConfig(double initialCash, ExecutionModelFactory models, long seed, BarExecution barExecution,
                             double barSpreadBps, int volatilityWindow, double periodsPerYear, ZoneId zone,
                             double maxOrderSize, long equityIntervalNanos, boolean keepFills,
                             Optional<ParityTracker> parityTracker, AccountType account,
                             boolean marketDataLatency) {

    /**
     * The bar spread at which the bid, {@code price * (1 - spread / 2)}, reaches zero: 20,000 bps. A
     * spread must be below it, or every bar would quote a bid of zero or less.
     */
    public static final double MAX_BAR_SPREAD_BPS = 20_000;

    /**
     * Largest starting cash, {@code 1e15} (a thousand trillion), the live tracker's bound too: beyond it
     * sums of money lose whole units to rounding, and no account holds that much.
     */
    public static final double MAX_INITIAL_CASH = 1e15;

    /**
     * 100,000 cash in a cash account, default models, seed 42, next-bar-open, 2 bps bar spread, 20-bar
     * volatility, 252 days, UTC, market-data latency on.
     */
    public static final BacktestConfig DEFAULT = new BacktestConfig(100_000, ExecutionModelFactory.DEFAULTS, 42L,
            BarExecution.NEXT_BAR_OPEN, 2.0, 20, 252, ZoneOffset.UTC, Double.POSITIVE_INFINITY, 0L, true,
            Optional.empty(), CashAccount.DEFAULT, true);

    /** Validates every field; see the component descriptions. */
    public BacktestConfig {
        Preconditions.positive("initialCash", initialCash);
        if (!(initialCash <= MAX_INITIAL_CASH)) {
            throw new IllegalArgumentException("initialCash must be at most " + MAX_INITIAL_CASH + ", was " + initialCash);
        }
        Preconditions.notNull("models", models);
        Preconditions.notNull("barExecution", barExecution);
        Preconditions.nonNegative("barSpreadBps", barSpreadBps);
        if (!(barSpreadBps < MAX_BAR_SPREAD_BPS)) {
            throw new IllegalArgumentException("barSpreadBps must be below " + MAX_BAR_SPREAD_BPS
                    + " (the bid would be zero or less), was " + barSpreadBps);
        }
        if (volatilityWindow < 2) {
            throw new IllegalArgumentException("volatilityWindow must be >= 2, was " + volatilityWindow);
        }
        Preconditions.positive("periodsPerYear", periodsPerYear);
        Preconditions.notNull("zone", zone);
        if (!(maxOrderSize > 0)) {
            throw new IllegalArgumentException("maxOrderSize must be > 0, was " + maxOrderSize);
        }
        Preconditions.nonNegative("equityIntervalNanos", equityIntervalNanos);
        Preconditions.notNull("parityTracker", parityTracker);
        Preconditions.notNull("account", account);
    }

    /** A copy with another starting cash. */
    public BacktestConfig withInitialCash(double initialCash) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /** A copy whose runs each make their execution models with {@code models}. */
    public BacktestConfig withModels(ExecutionModelFactory models) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /**
     * A copy with the models {@code simulator} names (found on the classpath, created afresh for each
     * run) and its seed.
     */
    public BacktestConfig withSimulator(SimulatorConfig simulator) {
        return withModels(ExecutionModelFactory.of(simulator)).withSeed(simulator.seed());
    }


    /** A copy with another seed. */
    public BacktestConfig withSeed(long seed) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /** A copy with another bar execution. */
    public BacktestConfig withBarExecution(BarExecution barExecution) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /** A copy with another bar spread. */
    public BacktestConfig withBarSpreadBps(double barSpreadBps) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /** A copy with another annualisation and zone. */
    public BacktestConfig withCalendar(double periodsPerYear, ZoneId zone) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /** A copy with another order size limit. */
    public BacktestConfig withMaxOrderSize(double maxOrderSize) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /** A copy that keeps fewer results: an equity point at most every {@code equityIntervalNanos}, fills or not. */
    public BacktestConfig withRetention(long equityIntervalNanos, boolean keepFills) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /** A copy that records every completed order in {@code tracker}. */
    public BacktestConfig withParityTracker(ParityTracker tracker) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, Optional.of(tracker), account,
                marketDataLatency);
    }

    /** A copy with another account type. */
    public BacktestConfig withAccount(AccountType account) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }

    /**
     * A copy that delays market data to the strategy by the latency model's {@code MARKET_DATA} draws
     * ({@code true}, the default) or shows it every event at once ({@code false}, the fills of
     * Parallax before market-data latency existed).
     */
    public BacktestConfig withMarketDataLatency(boolean marketDataLatency) {
        return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                marketDataLatency);
    }
}

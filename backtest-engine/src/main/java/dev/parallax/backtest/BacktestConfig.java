package dev.parallax.backtest;

import dev.parallax.ledger.PositionMode;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.core.SimulatorConfig;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Everything a backtest run is set up with. Immutable; start from {@link #builder()} (the values of
 * {@link #DEFAULT}) or an existing config's {@link #toBuilder()}, and set what you need.
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
 * @param positionMode      how the account's ledger forms positions from fills: {@link PositionMode#NETTING}
 *                          (the default, one position per symbol at average cost) or
 *                          {@link PositionMode#PER_TRADE} (a lot per order, closed oldest first); it
 *                          decides the closed trades and realized P&amp;L, not cash or equity
 */
public record BacktestConfig(double initialCash, ExecutionModelFactory models, long seed, BarExecution barExecution,
                             double barSpreadBps, int volatilityWindow, double periodsPerYear, ZoneId zone,
                             double maxOrderSize, long equityIntervalNanos, boolean keepFills,
                             Optional<ParityTracker> parityTracker, AccountType account,
                             boolean marketDataLatency, PositionMode positionMode) {

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
     * volatility, 252 days, UTC, market-data latency on, netting positions.
     */
    public static final BacktestConfig DEFAULT = new BacktestConfig(100_000, ExecutionModelFactory.DEFAULTS, 42L,
            BarExecution.NEXT_BAR_OPEN, 2.0, 20, 252, ZoneOffset.UTC, Double.POSITIVE_INFINITY, 0L, true,
            Optional.empty(), CashAccount.DEFAULT, true, PositionMode.NETTING);

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
        Preconditions.notNull("positionMode", positionMode);
    }

    /** A builder holding the values of {@link #DEFAULT}. */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    /** A builder holding the values of this config, to make a changed copy of it. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects the components of a {@link BacktestConfig}; {@link #build()} checks them all at once in
     * the record's constructor, so a bad value fails there with the constructor's message. Not thread-safe.
     */
    public static final class Builder {
        private double initialCash;
        private ExecutionModelFactory models;
        private long seed;
        private BarExecution barExecution;
        private double barSpreadBps;
        private int volatilityWindow;
        private double periodsPerYear;
        private ZoneId zone;
        private double maxOrderSize;
        private long equityIntervalNanos;
        private boolean keepFills;
        private Optional<ParityTracker> parityTracker;
        private AccountType account;
        private boolean marketDataLatency;
        private PositionMode positionMode;

        private Builder(BacktestConfig from) {
            initialCash = from.initialCash;
            models = from.models;
            seed = from.seed;
            barExecution = from.barExecution;
            barSpreadBps = from.barSpreadBps;
            volatilityWindow = from.volatilityWindow;
            periodsPerYear = from.periodsPerYear;
            zone = from.zone;
            maxOrderSize = from.maxOrderSize;
            equityIntervalNanos = from.equityIntervalNanos;
            keepFills = from.keepFills;
            parityTracker = from.parityTracker;
            account = from.account;
            marketDataLatency = from.marketDataLatency;
            positionMode = from.positionMode;
        }

        /** Sets the starting cash. */
        public Builder initialCash(double value) {
            initialCash = value;
            return this;
        }

        /** Sets what makes each run's execution models. */
        public Builder models(ExecutionModelFactory value) {
            models = value;
            return this;
        }

        /**
         * Sets the models {@code simulator} names (found on the classpath, created afresh for each run)
         * and its seed: both {@link #models} and {@link #seed}.
         */
        public Builder simulator(SimulatorConfig simulator) {
            models = ExecutionModelFactory.of(simulator);
            seed = simulator.seed();
            return this;
        }

        /** Sets the seed. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Sets when orders sent on a bar reach the market. */
        public Builder barExecution(BarExecution value) {
            barExecution = value;
            return this;
        }

        /** Sets the bar spread in bps. */
        public Builder barSpreadBps(double value) {
            barSpreadBps = value;
            return this;
        }

        /** Sets the observations in the rolling volatility. */
        public Builder volatilityWindow(int value) {
            volatilityWindow = value;
            return this;
        }

        /** Sets the trading days per year used to annualise. */
        public Builder periodsPerYear(double value) {
            periodsPerYear = value;
            return this;
        }

        /** Sets the time zone of trading days and months. */
        public Builder zone(ZoneId value) {
            zone = value;
            return this;
        }

        /** Sets both {@link #periodsPerYear} and {@link #zone}. */
        public Builder calendar(double periodsPerYear, ZoneId zone) {
            this.periodsPerYear = periodsPerYear;
            this.zone = zone;
            return this;
        }

        /** Sets the largest order size a strategy may send. */
        public Builder maxOrderSize(double value) {
            maxOrderSize = value;
            return this;
        }

        /** Sets the smallest gap between two equity-curve points, in nanoseconds. */
        public Builder equityIntervalNanos(long value) {
            equityIntervalNanos = value;
            return this;
        }

        /** Sets whether the result keeps every fill. */
        public Builder keepFills(boolean value) {
            keepFills = value;
            return this;
        }

        /**
         * Sets how much a result keeps: an equity point at most every {@code equityIntervalNanos}, fills
         * or not; both {@link #equityIntervalNanos} and {@link #keepFills}.
         */
        public Builder retention(long equityIntervalNanos, boolean keepFills) {
            this.equityIntervalNanos = equityIntervalNanos;
            this.keepFills = keepFills;
            return this;
        }

        /** Sets the parity tracker that records every completed order, or none. */
        public Builder parityTracker(Optional<ParityTracker> value) {
            parityTracker = value;
            return this;
        }

        /** Records every completed order in {@code tracker}, which must not be null. */
        public Builder parityTracker(ParityTracker tracker) {
            parityTracker = Optional.of(tracker);
            return this;
        }

        /** Sets the account type. */
        public Builder account(AccountType value) {
            account = value;
            return this;
        }

        /**
         * Sets whether market data reaches the strategy after the latency model's {@code MARKET_DATA}
         * draws ({@code true}, the default) or every event at once ({@code false}, the fills of
         * Parallax before market-data latency existed).
         */
        public Builder marketDataLatency(boolean value) {
            marketDataLatency = value;
            return this;
        }

        /** Sets how the account's ledger forms positions from fills. */
        public Builder positionMode(PositionMode value) {
            positionMode = value;
            return this;
        }

        /**
         * The config of the values set, checked by the record's constructor.
         *
         * @throws IllegalArgumentException naming the first component that breaks its rule
         */
        public BacktestConfig build() {
            return new BacktestConfig(initialCash, models, seed, barExecution, barSpreadBps, volatilityWindow,
                    periodsPerYear, zone, maxOrderSize, equityIntervalNanos, keepFills, parityTracker, account,
                    marketDataLatency, positionMode);
        }
    }
}

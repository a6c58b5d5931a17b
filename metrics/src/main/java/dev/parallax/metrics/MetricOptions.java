package dev.parallax.metrics;

/**
 * How return metrics are annualised and what they are measured against.
 *
 * <p>All rates are per period, the same unit as the returns, as in empyrical: with daily returns
 * a 4% annual risk-free rate is about {@code 0.04 / 252} (or exactly
 * {@link #perPeriodRate(double, double) perPeriodRate(0.04, 252)}).
 *
 * @param periodsPerYear how many return periods make a year: 252 for equity trading days, 365 for
 *                       crypto days, 12 for months, or any other finite value {@code > 0}
 * @param riskFreeRate   return of the risk-free asset per period, subtracted from each return for
 *                       Sharpe, probabilistic and deflated Sharpe, and added to the omega threshold
 * @param requiredReturn minimum acceptable return per period: Sortino's target and, on top of the
 *                       risk-free rate, the omega threshold
 * @param cutoff         tail probability of historical VaR and CVaR, in {@code (0, 1)}; 0.05 by default
 */
public record MetricOptions(double periodsPerYear, double riskFreeRate, double requiredReturn, double cutoff) {

    /** Daily equity returns: 252 periods a year, no risk-free rate, no required return, 5% cutoff. */
    public static final MetricOptions DEFAULT = new MetricOptions(252, 0.0, 0.0, 0.05);

    /** Validates every field; see the component descriptions for the rules. */
    public MetricOptions {
        if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periodsPerYear must be a finite number > 0, was " + periodsPerYear);
        }
        if (!Double.isFinite(riskFreeRate) || riskFreeRate <= -1) {
            throw new IllegalArgumentException("riskFreeRate must be a finite number > -1, was " + riskFreeRate);
        }
        if (!Double.isFinite(requiredReturn) || requiredReturn <= -1) {
            throw new IllegalArgumentException("requiredReturn must be a finite number > -1, was " + requiredReturn);
        }
        if (!(cutoff > 0 && cutoff < 1)) {
            throw new IllegalArgumentException("cutoff must be strictly between 0 and 1, was " + cutoff);
        }
    }

    /** {@link #DEFAULT} with another number of periods per year (365 for daily crypto returns). */
    public static MetricOptions ofPeriodsPerYear(double periodsPerYear) {
        return builder().periodsPerYear(periodsPerYear).build();
    }

    /** A builder holding the values of {@link #DEFAULT}. */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    /** A builder holding these options, to make a changed copy. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Collects options one component at a time; {@link #build()} checks them with the record's
     * rules and messages. Not thread-safe.
     */
    public static final class Builder {

        private double periodsPerYear;
        private double riskFreeRate;
        private double requiredReturn;
        private double cutoff;

        private Builder(MetricOptions from) {
            this.periodsPerYear = from.periodsPerYear;
            this.riskFreeRate = from.riskFreeRate;
            this.requiredReturn = from.requiredReturn;
            this.cutoff = from.cutoff;
        }

        /** How many return periods make a year. */
        public Builder periodsPerYear(double value) {
            this.periodsPerYear = value;
            return this;
        }

        /** Return of the risk-free asset per period. */
        public Builder riskFreeRate(double value) {
            this.riskFreeRate = value;
            return this;
        }

        /** Minimum acceptable return per period. */
        public Builder requiredReturn(double value) {
            this.requiredReturn = value;
            return this;
        }

        /** Tail probability of historical VaR and CVaR. */
        public Builder cutoff(double value) {
            this.cutoff = value;
            return this;
        }

        /**
         * The options collected so far.
         *
         * @throws IllegalArgumentException if a value breaks its rule (see {@link MetricOptions})
         */
        public MetricOptions build() {
            return new MetricOptions(periodsPerYear, riskFreeRate, requiredReturn, cutoff);
        }
    }

    /**
     * The per-period rate that compounds to {@code annualRate} over a year:
     * {@code (1 + annualRate)^(1 / periodsPerYear) - 1}, as empyrical converts omega's required return.
     */
    public static double perPeriodRate(double annualRate, double periodsPerYear) {
        if (!Double.isFinite(annualRate) || annualRate <= -1) {
            throw new IllegalArgumentException("annualRate must be a finite number > -1, was " + annualRate);
        }
        if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periodsPerYear must be a finite number > 0, was " + periodsPerYear);
        }
        return Math.pow(1 + annualRate, 1 / periodsPerYear) - 1;
    }
}

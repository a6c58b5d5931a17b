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
        return DEFAULT.withPeriodsPerYear(periodsPerYear);
    }

    /** A copy with another number of periods per year. */
    public MetricOptions withPeriodsPerYear(double value) {
        return new MetricOptions(value, riskFreeRate, requiredReturn, cutoff);
    }

    /** A copy with another risk-free rate per period. */
    public MetricOptions withRiskFreeRate(double value) {
        return new MetricOptions(periodsPerYear, value, requiredReturn, cutoff);
    }

    /** A copy with another required return per period. */
    public MetricOptions withRequiredReturn(double value) {
        return new MetricOptions(periodsPerYear, riskFreeRate, value, cutoff);
    }

    /** A copy with another VaR and CVaR cutoff. */
    public MetricOptions withCutoff(double value) {
        return new MetricOptions(periodsPerYear, riskFreeRate, requiredReturn, value);
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

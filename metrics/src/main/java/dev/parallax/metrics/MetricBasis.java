package dev.parallax.metrics;

import java.io.Serializable;
import java.util.Locale;

/**
 * The basis a run's return figures are stated on: how many daily returns make a year, and the
 * risk-free rate and Sortino target, both as <b>annual</b> rates that compound to a per-period
 * rate: {@code (1 + annual)^(1 / periodsPerYear) - 1} ({@link MetricOptions#perPeriodRate}). Two
 * figures compared side by side must share one basis: the report's comparison refuses two. Backtest
 * reports, live views, parity replays and research sweeps all state their figures on it.
 *
 * @param periodsPerYear    daily returns in a year, finite and {@code > 0} (365 for crypto, 252 for
 *                          equity trading days)
 * @param riskFreeAnnual    annual risk-free rate, a fraction ({@code 0.04} is 4%), finite and {@code > -1}
 * @param sortinoTargetAnnual annual Sortino target (minimum acceptable return), a fraction, finite
 *                          and {@code > -1}
 */
public record MetricBasis(double periodsPerYear, double riskFreeAnnual, double sortinoTargetAnnual)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    /** Validates each field; messages name the field, the value and the rule. */
    public MetricBasis {
        if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
            throw new IllegalArgumentException("periods per year must be a finite number > 0, was " + periodsPerYear);
        }
        if (!Double.isFinite(riskFreeAnnual) || riskFreeAnnual <= -1) {
            throw new IllegalArgumentException("risk-free rate must be a finite fraction > -1, was " + riskFreeAnnual);
        }
        if (!Double.isFinite(sortinoTargetAnnual) || sortinoTargetAnnual <= -1) {
            throw new IllegalArgumentException("Sortino target must be a finite fraction > -1, was "
                    + sortinoTargetAnnual);
        }
    }

    /** {@code periodsPerYear} with no risk-free rate and a Sortino target of 0: what a backtest run uses. */
    public static MetricBasis of(double periodsPerYear) {
        return new MetricBasis(periodsPerYear, 0, 0);
    }

    /**
     * The metric options of this basis: the annual rates turned into per-period rates, the 5% VaR
     * cutoff of {@link MetricOptions#DEFAULT}.
     */
    public MetricOptions options() {
        return MetricOptions.builder().periodsPerYear(periodsPerYear)
                .riskFreeRate(MetricOptions.perPeriodRate(riskFreeAnnual, periodsPerYear))
                .requiredReturn(MetricOptions.perPeriodRate(sortinoTargetAnnual, periodsPerYear)).build();
    }

    /** One line naming the basis: {@code basis: 365 periods/year, risk-free 0 a year, Sortino target 0 a year}. */
    public String describe() {
        return "basis: " + terms();
    }

    /** The basis without the leading word: {@code 365 periods/year, risk-free 0 a year, Sortino target 0 a year}. */
    public String terms() {
        return periodsPerYearText() + " periods/year, risk-free " + rate(riskFreeAnnual) + " a year, Sortino target "
                + rate(sortinoTargetAnnual) + " a year";
    }

    /** The periods per year as written on the command line: {@code 365}, {@code 260.5}. */
    public String periodsPerYearText() {
        return plain(periodsPerYear);
    }

    private static String rate(double fraction) {
        return fraction == 0 ? "0" : plain(fraction * 100) + "%";
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }
}

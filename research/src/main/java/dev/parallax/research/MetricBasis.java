package dev.parallax.research;

import dev.parallax.metrics.MetricOptions;
import java.io.Serializable;

/**
 * How every run's figures are computed: from daily (UTC) equity returns, annualised with
 * {@code periodsPerYear}, against a risk-free rate and a required return per period.
 *
 * @param periodsPerYear annualisation of daily returns, finite and {@code > 0} (365 for crypto, 252 for equities)
 * @param riskFreeRate   risk-free return per period, finite and {@code > -1}
 * @param requiredReturn Sortino's target per period, finite and {@code > -1}
 */
public record MetricBasis(double periodsPerYear, double riskFreeRate, double requiredReturn) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Validates the figures (as {@link MetricOptions} does). */
    public MetricBasis {
        options(periodsPerYear, riskFreeRate, requiredReturn);
    }

    /** Daily returns with {@code periodsPerYear}, no risk-free rate and no required return. */
    public static MetricBasis daily(double periodsPerYear) {
        return new MetricBasis(periodsPerYear, 0, 0);
    }

    /** The metric options of this basis (VaR cutoff at its default). */
    public MetricOptions options() {
        return options(periodsPerYear, riskFreeRate, requiredReturn);
    }

    private static MetricOptions options(double periodsPerYear, double riskFreeRate, double requiredReturn) {
        return MetricOptions.builder().periodsPerYear(periodsPerYear).riskFreeRate(riskFreeRate)
                .requiredReturn(requiredReturn).build();
    }
}

package dev.parallax.research;

import dev.parallax.metrics.MetricBasis;
import dev.parallax.metrics.PerformanceReport;
import java.io.Serializable;

/**
 * The figures of one run. Return figures come from the run's daily returns under the plan's
 * {@link MetricBasis}, with the conventions of {@link dev.parallax.metrics.ReturnMetrics}; NaN where a
 * figure is undefined (the Sharpe ratio of a run that never traded).
 *
 * @param totalReturn      compounded return over the run
 * @param cagr             compound annual growth rate
 * @param annualVolatility sample standard deviation of daily returns times {@code sqrt(periodsPerYear)}
 * @param sharpe           annualised Sharpe ratio
 * @param sortino          annualised Sortino ratio
 * @param maxDrawdown      deepest fall from a peak, {@code <= 0} ({@code -0.25} for 25%)
 * @param calmar           CAGR over the absolute maximum drawdown
 * @param trades           closed trades, {@code >= 0}
 * @param winRate          share of closed trades with positive P&L; NaN without trades
 * @param finalEquity      equity at the end
 */
public record RunMetrics(double totalReturn, double cagr, double annualVolatility, double sharpe, double sortino,
                         double maxDrawdown, double calmar, int trades, double winRate, double finalEquity)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Checks the trade count. */
    public RunMetrics {
        if (trades < 0) {
            throw new IllegalArgumentException("trades must be >= 0, was " + trades);
        }
    }

    /** The figures of {@code report}, with the trade count, win rate and final equity. */
    public static RunMetrics of(PerformanceReport report, int trades, double winRate, double finalEquity) {
        return new RunMetrics(report.totalReturn(), report.cagr(), report.annualVolatility(), report.sharpe(),
                report.sortino(), report.maxDrawdown().depth(), report.calmar(), trades, winRate, finalEquity);
    }
}

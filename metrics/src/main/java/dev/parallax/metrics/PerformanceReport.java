package dev.parallax.metrics;

/**
 * Every return figure of one series, computed by {@link ReturnMetrics#report(double[])}; see the
 * method of the same name there for each definition, its conventions and when it is NaN.
 *
 * @param periods                number of returns
 * @param totalReturn            compounded return over the series
 * @param cagr                   compound annual growth rate
 * @param annualVolatility       sample standard deviation times {@code sqrt(periodsPerYear)}
 * @param sharpe                 annualised Sharpe ratio over the risk-free rate
 * @param sortino                annualised Sortino ratio over the required return
 * @param maxDrawdown            deepest drawdown with peak, trough, recovery and duration
 * @param calmar                 CAGR over the absolute maximum drawdown
 * @param omega                  gains over losses around the risk-free rate plus required return
 * @param tailRatio              95th over 5th percentile, in absolute value
 * @param valueAtRisk            historical VaR at the cutoff, a return (usually negative)
 * @param conditionalValueAtRisk historical CVaR at the cutoff, a return (usually negative)
 * @param stability              R² of the fit of cumulative log returns
 * @param skewness               biased sample skewness
 * @param excessKurtosis         biased sample excess kurtosis
 * @param probabilisticSharpe    probability that the true Sharpe ratio is above 0
 * @param deflatedSharpe         probabilistic Sharpe ratio against the expected best of the trials
 * @param options                the options the figures were computed under
 */
public record PerformanceReport(int periods, double totalReturn, double cagr, double annualVolatility,
                                double sharpe, double sortino, Drawdown maxDrawdown, double calmar,
                                double omega, double tailRatio, double valueAtRisk,
                                double conditionalValueAtRisk, double stability, double skewness,
                                double excessKurtosis, double probabilisticSharpe, double deflatedSharpe,
                                MetricOptions options) {

    /** Checks the count and that the drawdown and options are present. */
    public PerformanceReport {
        if (periods < 0) {
            throw new IllegalArgumentException("periods must be >= 0, was " + periods);
        }
        if (maxDrawdown == null) {
            throw new IllegalArgumentException("maxDrawdown must not be null; use Drawdown.UNDEFINED");
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null; use MetricOptions.DEFAULT");
        }
    }

    /** The report of daily equity returns under {@link MetricOptions#DEFAULT}. */
    public static PerformanceReport of(double[] returns) {
        return ReturnMetrics.DEFAULT.report(returns);
    }

    /** The report of {@code returns} under {@code options}, with a single trial. */
    public static PerformanceReport of(double[] returns, MetricOptions options) {
        return new ReturnMetrics(options).report(returns);
    }

    /** The report of {@code returns} under {@code options}, deflating the Sharpe ratio for {@code trials}. */
    public static PerformanceReport of(double[] returns, MetricOptions options, SharpeTrials trials) {
        return new ReturnMetrics(options).report(returns, trials);
    }

    /** The report of the returns of an equity curve (values finite and {@code > 0}) under {@code options}. */
    public static PerformanceReport ofEquity(double[] equity, MetricOptions options) {
        return of(EquityCurve.toReturns(equity), options);
    }
}

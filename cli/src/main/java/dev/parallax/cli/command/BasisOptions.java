package dev.parallax.cli.command;

import dev.parallax.cli.CliException;
import dev.parallax.cli.UsageException;
import dev.parallax.metrics.MetricBasis;
import dev.parallax.metrics.MetricOptions;
import picocli.CommandLine.Option;

/**
 * The basis of return figures, shared by the live, report and compare commands: periods per year,
 * and the risk-free rate and Sortino target as annual rates. Both runs of a comparison are stated
 * on the one basis these options give.
 */
public final class BasisOptions {

    /** What the live tracker annualises over unless told otherwise. */
    public static final double LIVE_PERIODS_PER_YEAR = MetricOptions.DEFAULT.periodsPerYear();

    @Option(names = "--periods-per-year", paramLabel = "N",
            description = "Daily returns per year for Sharpe, Sortino, volatility and CAGR (default: the backtest's, "
                    + "else the live tracker's 252).")
    Double periodsPerYear;

    @Option(names = "--risk-free", paramLabel = "RATE", defaultValue = "0",
            description = "Annual risk-free rate, as 4%% or 0.04, compounded to a per-period rate (default: ${DEFAULT-VALUE}).")
    String riskFree;

    @Option(names = "--sortino-target", paramLabel = "RATE", defaultValue = "0",
            description = "Annual Sortino target (minimum acceptable return), as 4%% or 0.04 (default: ${DEFAULT-VALUE}).")
    String sortinoTarget;

    /**
     * The basis asked for, with {@code defaultPeriodsPerYear} when {@code --periods-per-year} is not given.
     *
     * @throws CliException naming the option if a value is out of range or not a number
     */
    public MetricBasis basis(double defaultPeriodsPerYear) {
        double ppy = periodsPerYear == null ? defaultPeriodsPerYear : periodsPerYear;
        if (!(ppy > 0) || Double.isInfinite(ppy)) {
            throw new UsageException("--periods-per-year must be a finite number > 0, was " + ppy);
        }
        double rf = rate("--risk-free", riskFree);
        double target = rate("--sortino-target", sortinoTarget);
        return new MetricBasis(ppy, rf, target);
    }

    private static double rate(String option, String text) {
        double value = RiskLimitOptions.fraction(option, text);
        if (!Double.isFinite(value) || value <= -1) {
            throw UsageException.of(option, option + " must be a finite annual rate above -100%, was '" + text + "'");
        }
        return value;
    }
}

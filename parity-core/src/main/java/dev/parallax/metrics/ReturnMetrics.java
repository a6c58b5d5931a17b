package dev.parallax.metrics;

/**
 * Figures of a series of periodic simple returns, computed under one set of {@link MetricOptions}.
 * Stateless and thread-safe; {@link #DEFAULT} measures daily equity returns (252 periods a year,
 * no risk-free rate). Each method takes the returns as a {@code double[]}, rejects NaN, infinities
 * and returns below -1 with the index, and runs one pass over the array without boxing (the
 * quantile figures also sort one copy).
 *
 * <p>Notation: {@code n} returns {@code r_i}, {@code P} periods per year, {@code rf} the risk-free
 * rate and {@code t} the required return per period, {@code mean} and {@code sd} the arithmetic mean
 * and sample standard deviation ({@code n - 1}). Definitions follow empyrical's {@code stats.py}.
 * {@link #report(double[])} gathers every figure in a {@link PerformanceReport}.
 */
public final class ReturnMetrics {

    /** Daily equity returns: {@link MetricOptions#DEFAULT}. */
    public static final ReturnMetrics DEFAULT = new ReturnMetrics(MetricOptions.DEFAULT);

    private final MetricOptions options;

    /** Metrics under the given options. */
    public ReturnMetrics(MetricOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null; use MetricOptions.DEFAULT");
        }
        this.options = options;
    }

    /** The options these metrics use. */
    public MetricOptions options() {
        return options;
    }

    /** Compounded return over the whole series, {@code prod(1 + r_i) - 1}; NaN for no returns. */
    public double totalReturn(double[] returns) {
        Series.checkReturns("returns", returns);
        return returns.length == 0 ? Double.NaN : growth(returns) - 1;
    }

    /**
     * Compound annual growth rate, {@code prod(1 + r_i)^(P / n) - 1}: the series is taken to span
     * {@code n / P} years. NaN for no returns.
     */
    public double cagr(double[] returns) {
        Series.checkReturns("returns", returns);
        return cagrOfChecked(returns);
    }

    /** Annualised volatility, {@code sd * sqrt(P)}; NaN below two returns, 0 for a constant series. */
    public double annualVolatility(double[] returns) {
        Series.checkReturns("returns", returns);
        return Moments.of(returns).sampleStandardDeviation() * Math.sqrt(options.periodsPerYear());
    }

    /**
     * Annualised Sharpe ratio, {@code mean(r_i - rf) / sd * sqrt(P)}. NaN below two returns, and NaN
     * when every return is the same (zero volatility): without risk the ratio has no meaning, and an
     * infinite value would top every ranking.
     */
    public double sharpe(double[] returns) {
        Series.checkReturns("returns", returns);
        return sharpeOf(Moments.of(returns)) * Math.sqrt(options.periodsPerYear());
    }

    /**
     * Annualised Sortino ratio, {@code mean(r_i - t) / DD * sqrt(P)} with the downside deviation
     * {@code DD = sqrt(sum(min(r_i - t, 0)^2) / n)} taken over all {@code n} periods, those above the
     * target counting as zero (empyrical; Sortino and Forsey). NaN below two returns. With no return
     * below the target the ratio is {@code +Infinity} when the mean excess is positive and NaN when it
     * is zero.
     */
    public double sortino(double[] returns) {
        Series.checkReturns("returns", returns);
        return sortinoOfChecked(returns);
    }

    private double sortinoOfChecked(double[] returns) {
        if (returns.length < 2) {
            return Double.NaN;
        }
        double target = options.requiredReturn();
        double excess = 0;
        for (double r : returns) {
            excess += r - target;
        }
        return excess / returns.length / downsideDeviationOfChecked(returns) * Math.sqrt(options.periodsPerYear());
    }

    /**
     * Annualised downside deviation below the required return,
     * {@code sqrt(sum(min(r_i - t, 0)^2) / n) * sqrt(P)}, the denominator of {@link #sortino}; NaN for
     * no returns.
     */
    public double downsideDeviation(double[] returns) {
        Series.checkReturns("returns", returns);
        return downsideDeviationOfChecked(returns) * Math.sqrt(options.periodsPerYear());
    }

    /** The deepest drawdown of the compounded curve; see {@link EquityCurve#maxDrawdown(double[])}. */
    public Drawdown maxDrawdown(double[] returns) {
        Series.checkReturns("returns", returns);
        return EquityCurve.maxDrawdownOfChecked(returns);
    }

    /**
     * Calmar ratio, {@code CAGR / |max drawdown|}. NaN when the curve never fell (no drawdown), and NaN
     * when the result is infinite, as in empyrical.
     */
    public double calmar(double[] returns) {
        Series.checkReturns("returns", returns);
        return calmarOf(cagrOfChecked(returns), EquityCurve.maxDrawdownOfChecked(returns).depth());
    }

    /**
     * Omega ratio at the threshold {@code L = rf + t}: {@code sum(max(r_i - L, 0)) / sum(max(L - r_i, 0))},
     * gains over losses relative to the threshold. NaN below two returns and NaN when no return is below
     * the threshold, as in empyrical. (empyrical takes the required return as an annual rate and
     * converts it; here it is already per period, see {@link MetricOptions#perPeriodRate}.)
     */
    public double omega(double[] returns) {
        Series.checkReturns("returns", returns);
        return omegaOfChecked(returns);
    }

    private double omegaOfChecked(double[] returns) {
        if (returns.length < 2) {
            return Double.NaN;
        }
        double threshold = options.riskFreeRate() + options.requiredReturn();
        double gains = 0;
        double losses = 0;
        for (double r : returns) {
            double excess = r - threshold;
            if (excess > 0) {
                gains += excess;
            } else {
                losses -= excess;
            }
        }
        return losses > 0 ? gains / losses : Double.NaN;
    }

    /**
     * Tail ratio, {@code |q(0.95)| / |q(0.05)|} with numpy's linear-interpolation quantile: 0.25 means
     * the left tail is four times as long as the right. NaN for no returns; {@code +Infinity} when the
     * 5% quantile is zero and the 95% quantile is not.
     */
    public double tailRatio(double[] returns) {
        Series.checkReturns("returns", returns);
        return tailRatioOf(Quantiles.of(returns));
    }

    /**
     * Historical value at risk: the {@code cutoff} quantile of the returns (numpy's linear rule). It is
     * a return, so usually negative: -0.03 means one period in twenty (at 5%) lost 3% or more. NaN for
     * no returns.
     */
    public double valueAtRisk(double[] returns) {
        Series.checkReturns("returns", returns);
        return Quantiles.of(returns).quantile(options.cutoff());
    }

    /**
     * Historical conditional value at risk (expected shortfall): the mean of the
     * {@code floor((n - 1) cutoff) + 1} lowest returns, as in empyrical. A return, usually negative and
     * at or below {@link #valueAtRisk}. NaN for no returns.
     */
    public double conditionalValueAtRisk(double[] returns) {
        Series.checkReturns("returns", returns);
        return Quantiles.of(returns).meanOfLowest(options.cutoff());
    }

    /**
     * Stability: the R² of an ordinary least-squares line through the cumulative log returns
     * {@code y_k = sum_{i<=k} ln(1 + r_i)} against {@code k}; 1 for steady compounding growth. NaN
     * below two returns or after a return of -1 (log of zero); 0 when every return is zero (the
     * cumulative curve is flat), as scipy's {@code linregress} and so empyrical report it.
     */
    public double stability(double[] returns) {
        Series.checkReturns("returns", returns);
        return Stability.of(returns);
    }

    /** Skewness {@code g1 = m3 / m2^1.5} with biased central moments (scipy's default); NaN for no returns or a constant series. */
    public double skewness(double[] returns) {
        Series.checkReturns("returns", returns);
        return Moments.of(returns).skewness();
    }

    /** Excess kurtosis {@code g2 = m4 / m2^2 - 3} with biased central moments (scipy's default); NaN for no returns or a constant series. */
    public double excessKurtosis(double[] returns) {
        Series.checkReturns("returns", returns);
        return Moments.of(returns).excessKurtosis();
    }

    /**
     * Probabilistic Sharpe ratio (Bailey and López de Prado, 2012): the probability that the true
     * Sharpe ratio exceeds {@code benchmarkSharpe}, given the length, skewness and kurtosis of the
     * sample: {@code Phi((SR - SR*) sqrt(n - 1) / sqrt(1 - g1 SR + (k - 1) / 4 SR^2))}.
     * {@code SR} is the per-period Sharpe ratio {@code mean(r_i - rf) / sd} (not annualised),
     * {@code SR* = benchmarkSharpe / sqrt(P)} converts the annualised benchmark to the same unit,
     * {@code g1} is {@link #skewness} and {@code k = g2 + 3} the (non-excess) kurtosis. NaN below two
     * returns, for a constant series, or when the variance term is not positive.
     *
     * @param benchmarkSharpe annualised Sharpe ratio to beat, finite; 0 asks "is there any skill?"
     */
    public double probabilisticSharpe(double[] returns, double benchmarkSharpe) {
        Series.checkReturns("returns", returns);
        if (!Double.isFinite(benchmarkSharpe)) {
            throw new IllegalArgumentException("benchmarkSharpe must be a finite number, was " + benchmarkSharpe);
        }
        return probabilisticSharpeOf(Moments.of(returns), benchmarkSharpe);
    }

    /**
     * Deflated Sharpe ratio (Bailey and López de Prado, 2014): the probabilistic Sharpe ratio against
     * the Sharpe ratio the best of the trials would show by luck,
     * {@link SharpeTrials#expectedMaximumSharpe()}. With {@link SharpeTrials#single()} it equals
     * {@code probabilisticSharpe(returns, 0)}.
     */
    public double deflatedSharpe(double[] returns, SharpeTrials trials) {
        Series.checkReturns("returns", returns);
        if (trials == null) {
            throw new IllegalArgumentException("trials must not be null; use SharpeTrials.single() for one trial");
        }
        return probabilisticSharpeOf(Moments.of(returns), trials.expectedMaximumSharpe());
    }

    /** Every figure at once, under these options, with one trial for the deflated Sharpe ratio. */
    public PerformanceReport report(double[] returns) {
        return report(returns, SharpeTrials.single());
    }

    /** Every figure at once, under these options, deflating the Sharpe ratio for {@code trials}. */
    public PerformanceReport report(double[] returns, SharpeTrials trials) {
        Series.checkReturns("returns", returns);
        if (trials == null) {
            throw new IllegalArgumentException("trials must not be null; use SharpeTrials.single() for one trial");
        }
        Moments moments = Moments.of(returns);
        Quantiles quantiles = Quantiles.of(returns);
        Drawdown drawdown = EquityCurve.maxDrawdownOfChecked(returns);
        double cagr = cagrOfChecked(returns);
        double annualisation = Math.sqrt(options.periodsPerYear());
        return new PerformanceReport(
                returns.length,
                returns.length == 0 ? Double.NaN : growth(returns) - 1,
                cagr,
                moments.sampleStandardDeviation() * annualisation,
                sharpeOf(moments) * annualisation,
                sortinoOfChecked(returns),
                drawdown,
                calmarOf(cagr, drawdown.depth()),
                omegaOfChecked(returns),
                tailRatioOf(quantiles),
                quantiles.quantile(options.cutoff()),
                quantiles.meanOfLowest(options.cutoff()),
                Stability.of(returns),
                moments.skewness(),
                moments.excessKurtosis(),
                probabilisticSharpeOf(moments, 0.0),
                probabilisticSharpeOf(moments, trials.expectedMaximumSharpe()),
                options);
    }

    private static double growth(double[] returns) {
        double growth = 1;
        for (double r : returns) {
            growth *= 1 + r;
        }
        return growth;
    }

    private double cagrOfChecked(double[] returns) {
        if (returns.length == 0) {
            return Double.NaN;
        }
        return Math.pow(growth(returns), options.periodsPerYear() / returns.length) - 1;
    }

    private double downsideDeviationOfChecked(double[] returns) {
        if (returns.length == 0) {
            return Double.NaN;
        }
        double target = options.requiredReturn();
        double squares = 0;
        for (double r : returns) {
            double shortfall = Math.min(r - target, 0);
            squares += shortfall * shortfall;
        }
        return Math.sqrt(squares / returns.length);
    }

    /** Per-period Sharpe ratio; NaN below two returns or for zero spread. */
    private double sharpeOf(Moments moments) {
        if (moments.count < 2 || moments.m2 == 0) {
            return Double.NaN;
        }
        return (moments.mean - options.riskFreeRate()) / moments.sampleStandardDeviation();
    }

    private static double calmarOf(double cagr, double maxDrawdown) {
        if (!(maxDrawdown < 0)) {
            return Double.NaN;
        }
        double calmar = cagr / -maxDrawdown;
        return Double.isInfinite(calmar) ? Double.NaN : calmar;
    }

    private static double tailRatioOf(Quantiles quantiles) {
        return Math.abs(quantiles.quantile(0.95)) / Math.abs(quantiles.quantile(0.05));
    }

    private double probabilisticSharpeOf(Moments moments, double benchmarkAnnualSharpe) {
        double sharpe = sharpeOf(moments);
        if (Double.isNaN(sharpe)) {
            return Double.NaN;
        }
        double benchmark = benchmarkAnnualSharpe / Math.sqrt(options.periodsPerYear());
        double kurtosis = moments.excessKurtosis() + 3;
        double variance = 1 - moments.skewness() * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
        if (!(variance > 0)) {
            return Double.NaN;
        }
        return Normal.cdf((sharpe - benchmark) * Math.sqrt(moments.count - 1) / Math.sqrt(variance));
    }
}

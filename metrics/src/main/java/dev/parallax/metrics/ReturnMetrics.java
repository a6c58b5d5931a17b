package dev.parallax.metrics;

import dev.parallax.metrics.ReturnPass.Part;
import java.util.EnumSet;

/**
 * Figures of a series of periodic simple returns, computed under one set of {@link MetricOptions}.
 * Stateless and thread-safe; {@link #DEFAULT} measures daily equity returns (252 periods a year,
 * no risk-free rate). Each method takes the returns as a {@code double[]}, rejects NaN, infinities
 * and returns below -1 with the index, and runs one pass over the array without boxing.
 *
 * <p>Notation: {@code n} returns {@code r_i}, {@code P} periods per year, {@code rf} the risk-free
 * rate and {@code t} the required return per period, {@code mean} and {@code sd} the arithmetic mean
 * and sample standard deviation ({@code n - 1}). Definitions follow empyrical's {@code stats.py}.
 * {@link #report(double[])} gathers every figure in a {@link PerformanceReport}.
 *
 * <p>Every method reads the series once, block by block ({@link ReturnPass}); the report is one
 * such pass, and each figure in it is exactly what its own method returns. Long series are
 * handled: the compounded growth is kept with a separate power-of-two scale, so the CAGR and the
 * drawdown of 10,000,000 returns are right even where {@code prod(1 + r_i)} overflows a double
 * (then {@link #totalReturn} is {@code +Infinity}, which is the honest answer).
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
        return totalReturnOf(ReturnPass.of(returns, options, Part.CURVE));
    }

    /**
     * Compound annual growth rate, {@code prod(1 + r_i)^(P / n) - 1}: the series is taken to span
     * {@code n / P} years. NaN for no returns.
     */
    public double cagr(double[] returns) {
        return cagrOf(ReturnPass.of(returns, options, Part.CURVE));
    }

    /** Annualised volatility, {@code sd * sqrt(P)}; NaN below two returns, 0 for a constant series. */
    public double annualVolatility(double[] returns) {
        return ReturnPass.of(returns, options, Part.MOMENTS).moments.sampleStandardDeviation()
                * Math.sqrt(options.periodsPerYear());
    }

    /**
     * Annualised Sharpe ratio, {@code mean(r_i - rf) / sd * sqrt(P)}. NaN below two returns, and NaN
     * when every return is the same (zero volatility): without risk the ratio has no meaning, and an
     * infinite value would top every ranking.
     */
    public double sharpe(double[] returns) {
        return sharpeOf(ReturnPass.of(returns, options, Part.MOMENTS).moments) * Math.sqrt(options.periodsPerYear());
    }

    /**
     * Annualised Sortino ratio, {@code mean(r_i - t) / DD * sqrt(P)} with the downside deviation
     * {@code DD = sqrt(sum(min(r_i - t, 0)^2) / n)} taken over all {@code n} periods, those above the
     * target counting as zero (empyrical; Sortino and Forsey). NaN below two returns. With no return
     * below the target the ratio is {@code +Infinity} when the mean excess is positive and NaN when it
     * is zero.
     */
    public double sortino(double[] returns) {
        return sortinoOf(ReturnPass.of(returns, options, EnumSet.of(Part.MOMENTS, Part.THRESHOLDS)));
    }

    private double sortinoOf(ReturnPass pass) {
        if (pass.count < 2) {
            return Double.NaN;
        }
        double excess = pass.moments.mean - options.requiredReturn();
        return excess / downsideDeviationOf(pass) * Math.sqrt(options.periodsPerYear());
    }

    /**
     * Annualised downside deviation below the required return,
     * {@code sqrt(sum(min(r_i - t, 0)^2) / n) * sqrt(P)}, the denominator of {@link #sortino}; NaN for
     * no returns.
     */
    public double downsideDeviation(double[] returns) {
        return downsideDeviationOf(ReturnPass.of(returns, options, Part.THRESHOLDS)) * Math.sqrt(options.periodsPerYear());
    }

    /** The deepest drawdown of the compounded curve; see {@link EquityCurve#maxDrawdown(double[])}. */
    public Drawdown maxDrawdown(double[] returns) {
        return ReturnPass.of(returns, options, Part.CURVE).curve.maxDrawdown();
    }

    /**
     * Calmar ratio, {@code CAGR / |max drawdown|}. NaN when the curve never fell (no drawdown), and NaN
     * when the result is infinite, as in empyrical.
     */
    public double calmar(double[] returns) {
        ReturnPass pass = ReturnPass.of(returns, options, Part.CURVE);
        return calmarOf(cagrOf(pass), pass.curve.maxDrawdown().depth());
    }

    /**
     * Omega ratio at the threshold {@code L = rf + t}: {@code sum(max(r_i - L, 0)) / sum(max(L - r_i, 0))},
     * gains over losses relative to the threshold. NaN below two returns and NaN when no return is below
     * the threshold, as in empyrical. (empyrical takes the required return as an annual rate and
     * converts it; here it is already per period, see {@link MetricOptions#perPeriodRate}.)
     */
    public double omega(double[] returns) {
        return omegaOf(ReturnPass.of(returns, options, Part.THRESHOLDS));
    }

    private static double omegaOf(ReturnPass pass) {
        if (pass.count < 2) {
            return Double.NaN;
        }
        double losses = pass.lossesUnderThreshold;
        return losses > 0 ? pass.gainsOverThreshold / losses : Double.NaN;
    }

    /**
     * Tail ratio, {@code |q(0.95)| / |q(0.05)|} with numpy's linear-interpolation quantile: 0.25 means
     * the left tail is four times as long as the right. NaN for no returns; {@code +Infinity} when the
     * 5% quantile is zero and the 95% quantile is not.
     */
    public double tailRatio(double[] returns) {
        return tailRatioOf(ReturnPass.of(returns, options, Part.QUANTILES, 0.05, 0.95).quantiles);
    }

    /**
     * Historical value at risk: the {@code cutoff} quantile of the returns (numpy's linear rule). It is
     * a return, so usually negative: -0.03 means one period in twenty (at 5%) lost 3% or more. NaN for
     * no returns.
     */
    public double valueAtRisk(double[] returns) {
        return ReturnPass.of(returns, options, Part.QUANTILES, options.cutoff()).quantiles.quantile(options.cutoff());
    }

    /**
     * Historical conditional value at risk (expected shortfall): the mean of the
     * {@code floor((n - 1) cutoff) + 1} lowest returns, as in empyrical. A return, usually negative and
     * at or below {@link #valueAtRisk}. NaN for no returns.
     */
    public double conditionalValueAtRisk(double[] returns) {
        return ReturnPass.of(returns, options, Part.QUANTILES, options.cutoff()).quantiles
                .meanOfLowest(options.cutoff());
    }

    /**
     * Stability: the R² of an ordinary least-squares line through the cumulative log returns
     * {@code y_k = sum_{i<=k} ln(1 + r_i)} against {@code k}; 1 for steady compounding growth. NaN
     * below two returns or after a return of -1 (log of zero); 0 when every return is zero (the
     * cumulative curve is flat), as scipy's {@code linregress} and so empyrical report it.
     */
    public double stability(double[] returns) {
        return ReturnPass.of(returns, options, Part.STABILITY).stability.rSquared();
    }

    /** Skewness {@code g1 = m3 / m2^1.5} with biased central moments (scipy's default); NaN for no returns or a constant series. */
    public double skewness(double[] returns) {
        return ReturnPass.of(returns, options, Part.MOMENTS).moments.skewness();
    }

    /** Excess kurtosis {@code g2 = m4 / m2^2 - 3} with biased central moments (scipy's default); NaN for no returns or a constant series. */
    public double excessKurtosis(double[] returns) {
        return ReturnPass.of(returns, options, Part.MOMENTS).moments.excessKurtosis();
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
        Moments moments = ReturnPass.of(returns, options, Part.MOMENTS).moments;
        if (!Double.isFinite(benchmarkSharpe)) {
            throw new IllegalArgumentException("benchmarkSharpe must be a finite number, was " + benchmarkSharpe);
        }
        return probabilisticSharpeOf(moments, benchmarkSharpe);
    }

    /**
     * Deflated Sharpe ratio (Bailey and López de Prado, 2014): the probabilistic Sharpe ratio against
     * the Sharpe ratio the best of the trials would show by luck,
     * {@link SharpeTrials#expectedMaximumSharpe()}. With {@link SharpeTrials#single()} it equals
     * {@code probabilisticSharpe(returns, 0)}.
     */
    public double deflatedSharpe(double[] returns, SharpeTrials trials) {
        Moments moments = ReturnPass.of(returns, options, Part.MOMENTS).moments;
        requireTrials(trials);
        return probabilisticSharpeOf(moments, trials.expectedMaximumSharpe());
    }

    /** Every figure at once, under these options, with one trial for the deflated Sharpe ratio. */
    public PerformanceReport report(double[] returns) {
        return report(returns, SharpeTrials.single());
    }

    /** Every figure at once, under these options, deflating the Sharpe ratio for {@code trials}. */
    public PerformanceReport report(double[] returns, SharpeTrials trials) {
        ReturnPass pass = ReturnPass.everything(returns, options, 0.05, 0.95, options.cutoff());
        requireTrials(trials);
        Moments moments = pass.moments;
        Drawdown drawdown = pass.curve.maxDrawdown();
        double cagr = cagrOf(pass);
        double annualisation = Math.sqrt(options.periodsPerYear());
        return new PerformanceReport(
                pass.count,
                totalReturnOf(pass),
                cagr,
                moments.sampleStandardDeviation() * annualisation,
                sharpeOf(moments) * annualisation,
                sortinoOf(pass),
                drawdown,
                calmarOf(cagr, drawdown.depth()),
                omegaOf(pass),
                tailRatioOf(pass.quantiles),
                pass.quantiles.quantile(options.cutoff()),
                pass.quantiles.meanOfLowest(options.cutoff()),
                pass.stability.rSquared(),
                moments.skewness(),
                moments.excessKurtosis(),
                probabilisticSharpeOf(moments, 0.0),
                probabilisticSharpeOf(moments, trials.expectedMaximumSharpe()),
                options);
    }

    private static void requireTrials(SharpeTrials trials) {
        if (trials == null) {
            throw new IllegalArgumentException("trials must not be null; use SharpeTrials.single() for one trial");
        }
    }

    private static double totalReturnOf(ReturnPass pass) {
        return pass.count == 0 ? Double.NaN : pass.curve.growth() - 1;
    }

    /** {@code growth^(P / n) - 1}, through the logarithm of the growth once it no longer fits a double. */
    private double cagrOf(ReturnPass pass) {
        if (pass.count == 0) {
            return Double.NaN;
        }
        double exponent = options.periodsPerYear() / pass.count;
        double growth = pass.curve.growth();
        if (growth >= Double.MIN_NORMAL && growth < Double.POSITIVE_INFINITY) {
            return Math.pow(growth, exponent) - 1;
        }
        return Math.exp(pass.curve.logGrowth() * exponent) - 1;
    }

    private static double downsideDeviationOf(ReturnPass pass) {
        if (pass.count == 0) {
            return Double.NaN;
        }
        return Math.sqrt(pass.downsideSquares / pass.count);
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

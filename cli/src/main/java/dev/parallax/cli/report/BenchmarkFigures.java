package dev.parallax.cli.report;

import dev.parallax.metrics.MetricBasis;
import java.util.Arrays;

/**
 * How a run moved against its {@link Benchmark}, from the two series' daily returns (the last point
 * of each UTC day, as {@link DailyCloses}), on the run's {@link MetricBasis}: {@code P} periods a
 * year and the per-period risk-free rate {@code rf} of {@link MetricBasis#options()}. With
 * {@code s_i} the run's and {@code b_i} the benchmark's return of day {@code i} (days both have):
 * <ul>
 * <li>{@code beta = cov(s - rf, b - rf) / var(b - rf)}, sample moments (the {@code n - 1}
 *     cancels); NaN when the benchmark never moves;</li>
 * <li>{@code alpha = mean((s_i - rf) - beta (b_i - rf)) * P}: Jensen's alpha, annualised by simple
 *     multiplication (empyrical's convention);</li>
 * <li>{@code correlation}: Pearson's correlation of {@code s} and {@code b};</li>
 * <li>{@code informationRatio = mean(s_i - b_i) / sd(s_i - b_i) * sqrt(P)}, sample standard
 *     deviation; NaN when the difference never varies;</li>
 * <li>{@code upCapture = G(s over days with b > 0) / G(b over the same days)} with the geometric
 *     mean return {@code G(x) = prod(1 + x_i)^(1/k) - 1} (Morningstar's convention);
 *     {@code downCapture} the same over days with {@code b < 0}. NaN when there is no such day.</li>
 * </ul>
 * Every figure is NaN below two common days.
 *
 * @param days             the number of daily returns compared
 * @param alpha            annualised Jensen's alpha, a fraction
 * @param beta             beta to the benchmark
 * @param correlation      correlation of daily returns
 * @param informationRatio annualised information ratio
 * @param upCapture        up-market capture ratio (1 is the benchmark's own)
 * @param downCapture      down-market capture ratio
 */
public record BenchmarkFigures(int days, double alpha, double beta, double correlation, double informationRatio,
                               double upCapture, double downCapture) {

    /** Checks the count. */
    public BenchmarkFigures {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, was " + days);
        }
    }

    /**
     * The figures of a run's daily returns {@code s} against the benchmark's {@code b}, day by day.
     *
     * @param s     the run's daily returns
     * @param b     the benchmark's returns of the same days, as many as {@code s}
     * @param basis the periods per year and the risk-free rate
     */
    public static BenchmarkFigures of(double[] s, double[] b, MetricBasis basis) {
        if (s.length != b.length) {
            throw new IllegalArgumentException("run and benchmark returns must be as many, were " + s.length + " and "
                    + b.length);
        }
        int n = s.length;
        if (n < 2) {
            return new BenchmarkFigures(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double p = basis.periodsPerYear();
        double rf = basis.options().riskFreeRate();
        double ms = mean(s);
        double mb = mean(b);
        double cov = 0;
        double vs = 0;
        double vb = 0;
        double[] active = new double[n];
        for (int i = 0; i < n; i++) {
            cov += (s[i] - ms) * (b[i] - mb);
            vs += (s[i] - ms) * (s[i] - ms);
            vb += (b[i] - mb) * (b[i] - mb);
            active[i] = s[i] - b[i];
        }
        double beta = vb == 0 ? Double.NaN : cov / vb;
        double alpha = Double.isNaN(beta) ? Double.NaN : ((ms - rf) - beta * (mb - rf)) * p;
        double correlation = vb == 0 || vs == 0 ? Double.NaN : cov / Math.sqrt(vs * vb);
        double ma = mean(active);
        double va = 0;
        for (double a : active) {
            va += (a - ma) * (a - ma);
        }
        double sdActive = Math.sqrt(va / (n - 1));
        double ir = sdActive == 0 ? Double.NaN : ma / sdActive * Math.sqrt(p);
        return new BenchmarkFigures(n, alpha, beta, correlation, ir, capture(s, b, true), capture(s, b, false));
    }

    /**
     * The run's and the benchmark's daily returns over the UTC days both have a point on: each day's
     * return is its last point over the last point of the previous common day, and over the series'
     * value before that ({@code start} for the run, the benchmark's last earlier price, or its first)
     * for the first common day.
     *
     * @return two arrays of equal length: the run's returns, then the benchmark's
     */
    public static double[][] dailyReturns(double start, long[] millis, double[] equity, Benchmark benchmark) {
        long[] bt = benchmark.millis();
        double[] bp = benchmark.prices();
        double[] s = new double[millis.length];
        double[] b = new double[millis.length];
        int n = 0;
        int j = 0;
        double prevS = start;
        double prevB = bp[0];
        for (int i = 0; i < millis.length; i++) {
            long day = day(millis[i]);
            if (i + 1 < millis.length && day(millis[i + 1]) == day) {
                continue;
            }
            while (j < bt.length && day(bt[j]) < day) {
                prevB = bp[j++];
            }
            int last = -1;
            while (j < bt.length && day(bt[j]) == day) {
                last = j++;
            }
            if (last < 0) {
                continue;
            }
            double closeS = equity[i];
            s[n] = prevS <= 0 ? 0 : closeS / prevS - 1;
            b[n] = bp[last] / prevB - 1;
            prevS = closeS;
            prevB = bp[last];
            n++;
        }
        return new double[][] {Arrays.copyOf(s, n), Arrays.copyOf(b, n)};
    }

    private static double capture(double[] s, double[] b, boolean up) {
        double logS = 0;
        double logB = 0;
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (up ? b[i] > 0 : b[i] < 0) {
                logS += Math.log1p(s[i]);
                logB += Math.log1p(b[i]);
                k++;
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        double gb = Math.expm1(logB / k);
        return gb == 0 ? Double.NaN : Math.expm1(logS / k) / gb;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static long day(long millis) {
        return Math.floorDiv(millis, 86_400_000L);
    }
}

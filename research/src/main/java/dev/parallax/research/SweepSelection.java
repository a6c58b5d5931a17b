package dev.parallax.research;

import dev.parallax.metrics.MetricBasis;
import dev.parallax.metrics.ReturnMetrics;
import dev.parallax.metrics.SharpeTrials;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The winner of a sweep and the figures that say how much to trust it.
 *
 * <p>Rows are ranked by a {@link Metric} (best first; NaN last; ties by point index). The winner's
 * deflated Sharpe ratio (Bailey and López de Prado, 2014) is computed on its daily returns against the
 * Sharpe ratio the best of {@code trials} would reach by luck, where {@code trials} is every run of
 * the sweep (not only the finite ones) and {@code sharpeVariance} the sample variance ({@code n - 1})
 * of the runs' finite annualised Sharpe ratios; see
 * {@link ReturnMetrics#deflatedSharpe(double[], SharpeTrials)} and
 * {@link SharpeTrials#expectedMaximumSharpe()}. The probability of backtest overfitting comes from
 * {@link Cscv} over the runs' daily returns.
 *
 * @param ranked         the rows, best first
 * @param metric         the metric they are ranked by
 * @param trials         number of runs, the trial count of the deflated Sharpe ratio
 * @param sharpeVariance sample variance of the runs' finite annualised Sharpe ratios (0 with fewer than two)
 * @param deflatedSharpe the winner's deflated Sharpe ratio, a probability; NaN where undefined
 * @param overfitting    CSCV's result, or empty when it could not be computed (see {@code overfittingNote})
 * @param overfittingNote why CSCV was not computed, or empty
 */
public record SweepSelection(List<SweepRow> ranked, Metric metric, int trials, double sharpeVariance,
                             double deflatedSharpe, Optional<Cscv.Overfitting> overfitting,
                             String overfittingNote) {

    /** Copies the rows and checks that there is a winner. */
    public SweepSelection {
        ranked = List.copyOf(ranked);
        if (ranked.isEmpty()) {
            throw new IllegalArgumentException("a selection needs at least one row");
        }
    }

    /** The best row. */
    public SweepRow winner() {
        return ranked.get(0);
    }

    /**
     * Ranks {@code rows} by {@code metric} and computes the winner's deflated Sharpe ratio under
     * {@code basis} and the PBO with {@code blocks} CSCV blocks.
     */
    public static SweepSelection of(List<SweepRow> rows, Metric metric, MetricBasis basis, int blocks) {
        List<SweepRow> ranked = rank(rows, metric);
        double[] sharpes = rows.stream().mapToDouble(r -> r.metrics().sharpe()).filter(Double::isFinite).toArray();
        double variance = sharpes.length < 2 ? 0.0 : SharpeTrials.of(sharpes).sharpeVariance();
        SharpeTrials trials = new SharpeTrials(rows.size(), variance);
        double dsr = new ReturnMetrics(basis.options()).deflatedSharpe(ranked.get(0).dailyReturns(), trials);
        Optional<Cscv.Overfitting> pbo = Optional.empty();
        String note = "";
        if (rows.size() < 2) {
            note = "one run: nothing was selected";
        } else {
            try {
                double[][] matrix = new double[rows.size()][];
                for (int i = 0; i < rows.size(); i++) {
                    matrix[i] = rows.get(i).dailyReturns();
                }
                pbo = Optional.of(Cscv.of(matrix, blocks));
            } catch (IllegalArgumentException e) {
                note = e.getMessage();
            }
        }
        return new SweepSelection(ranked, metric, rows.size(), variance, dsr, pbo, note);
    }

    /** {@code rows} best first by {@code metric} (NaN last; ties in point order). */
    public static List<SweepRow> rank(List<SweepRow> rows, Metric metric) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("there are no rows to rank");
        }
        List<SweepRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((SweepRow r) -> -metric.score(r.metrics()))
                .thenComparingInt(r -> r.point().index()));
        return sorted;
    }
}

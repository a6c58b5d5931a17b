package dev.parallax.research;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** A figure of {@link RunMetrics} that rows can be ranked by, with the direction that is better. */
public enum Metric {
    /** Annualised Sharpe ratio; higher is better. */
    SHARPE("sharpe", RunMetrics::sharpe, true),
    /** Annualised Sortino ratio; higher is better. */
    SORTINO("sortino", RunMetrics::sortino, true),
    /** Compounded return; higher is better. */
    TOTAL_RETURN("total_return", RunMetrics::totalReturn, true),
    /** Compound annual growth rate; higher is better. */
    CAGR("cagr", RunMetrics::cagr, true),
    /** CAGR over the maximum drawdown; higher is better. */
    CALMAR("calmar", RunMetrics::calmar, true),
    /** Maximum drawdown, a negative number; higher (shallower) is better. */
    MAX_DRAWDOWN("max_drawdown", RunMetrics::maxDrawdown, true),
    /** Annualised volatility; lower is better. */
    VOLATILITY("volatility", RunMetrics::annualVolatility, false),
    /** Share of winning trades; higher is better. */
    WIN_RATE("win_rate", RunMetrics::winRate, true),
    /** Final equity; higher is better. */
    FINAL_EQUITY("final_equity", RunMetrics::finalEquity, true);

    private final String label;
    private final ToDoubleFunction<RunMetrics> value;
    private final boolean higherIsBetter;

    Metric(String label, ToDoubleFunction<RunMetrics> value, boolean higherIsBetter) {
        this.label = label;
        this.value = value;
        this.higherIsBetter = higherIsBetter;
    }

    /** The name users write and columns carry. */
    public String label() {
        return label;
    }

    /** The figure of {@code metrics}. */
    public double of(RunMetrics metrics) {
        return value.applyAsDouble(metrics);
    }

    /** True when a larger value is better. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * A score where larger is always better: the value, negated when lower is better; NaN becomes
     * negative infinity, so an undefined figure ranks last.
     */
    public double score(RunMetrics metrics) {
        double v = of(metrics);
        if (Double.isNaN(v)) {
            return Double.NEGATIVE_INFINITY;
        }
        return higherIsBetter ? v : -v;
    }

    /**
     * The metric named {@code text} (case and {@code -}/{@code _} ignored).
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Metric parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Metric m : values()) {
            if (m.label.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + text + "'; known: "
                + Arrays.stream(values()).map(Metric::label).collect(Collectors.joining(", ")));
    }
}

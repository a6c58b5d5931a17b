package dev.parallax.research;

import java.util.List;

/**
 * The columns of a sweep's table, shared by the CSV and Parquet files: {@code index}, {@code seed},
 * one column per varied setting (text, as the setting read it), {@code columnar}, then the figures of
 * {@link RunMetrics} ({@link #FIGURES}).
 *
 * @param settings the names of the varied settings, in the order of their columns
 */
public record SweepColumns(List<String> settings) {

    /** The figure columns, in order. */
    public static final List<String> FIGURES = List.of("total_return", "cagr", "volatility", "sharpe", "sortino",
            "max_drawdown", "calmar", "trades", "win_rate", "final_equity");

    /** Copies the names and checks that none is blank or clashes with a fixed column. */
    public SweepColumns {
        settings = List.copyOf(settings);
        for (String s : settings) {
            if (s.isBlank() || FIGURES.contains(s) || s.equals("index") || s.equals("seed") || s.equals("columnar")) {
                throw new IllegalArgumentException("a setting cannot be named '" + s + "': it is blank or a column of "
                        + "the sweep table");
            }
        }
    }

    /** The figures of {@code m} in {@link #FIGURES} order. */
    static double[] figures(RunMetrics m) {
        return new double[] {m.totalReturn(), m.cagr(), m.annualVolatility(), m.sharpe(), m.sortino(), m.maxDrawdown(),
            m.calmar(), m.trades(), m.winRate(), m.finalEquity()};
    }

    /** The value of setting {@code name} in {@code row}, or empty text when the row does not set it. */
    static String setting(SweepRow row, String name) {
        return row.point().allSettings().getOrDefault(name, "");
    }
}

package dev.parallax.cli.report;

import dev.parallax.metrics.MetricBasis;
import dev.parallax.sim.api.Preconditions;
import java.util.ArrayList;
import java.util.List;

/**
 * Backtest and live figures side by side on one {@link MetricBasis}, with the difference
 * {@code live - backtest}. It is built only from two runs whose figures share a basis, so a Sharpe
 * ratio annualised over 365 periods is never set against one over 252.
 *
 * @param basis the basis of both runs' return figures
 * @param rows  one row per figure both runs have, in {@link #KEYS} order
 */
public record Comparison(MetricBasis basis, List<Row> rows) {

    /** The figures compared, in display order. */
    public static final List<String> KEYS = List.of("total_return", "win_rate", "profit_factor", "sharpe", "sortino",
            "max_drawdown_daily", "closed_trades", "fees");

    /** Copies the rows. */
    public Comparison {
        Preconditions.notNull("basis", basis);
        rows = List.copyOf(rows);
    }

    /**
     * The comparison of {@code backtest} and {@code live}.
     *
     * @throws IllegalArgumentException if their figures are on different bases
     */
    public static Comparison of(RunView backtest, RunView live) {
        if (!backtest.basis().equals(live.basis())) {
            throw new IllegalArgumentException("backtest and live figures are on different bases ("
                    + backtest.basis().describe() + "; " + live.basis().describe() + "); refusing to compare them");
        }
        List<Row> rows = new ArrayList<>();
        for (String key : KEYS) {
            var b = backtest.metric(key);
            var l = live.metric(key);
            if (b.isPresent() && l.isPresent() && b.get().unit().isPresent()) {
                rows.add(new Row(key, b.get().label(), b.get().unit().get(), b.get().value(), l.get().value()));
            }
        }
        return new Comparison(backtest.basis(), rows);
    }

    /**
     * One figure of both runs.
     *
     * @param key      the figure's key
     * @param label    the figure's label
     * @param unit     its unit
     * @param backtest the backtest's value
     * @param live     the live value
     */
    public record Row(String key, String label, MetricUnit unit, double backtest, double live) {

        /** {@code live - backtest}. */
        public double difference() {
            return live - backtest;
        }
    }
}

package dev.parallax.cli.report;

import dev.parallax.sim.api.Preconditions;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report shows of one run, backtest or live: its equity curve, closed-trade P&amp;L, monthly
 * returns, the headline figures compared side by side, and the full metric table.
 *
 * @param name          what the run is ("backtest", "live")
 * @param equityMillis  times of the equity points, epoch milliseconds, increasing
 * @param equity        equity at those times
 * @param tradePnl      net P&amp;L of each closed trade
 * @param monthly       compounded return of each month, in month order
 * @param figures       the headline figures
 * @param metrics       every metric as label and formatted value, in display order
 */
public record RunView(String name, long[] equityMillis, double[] equity, double[] tradePnl,
                      Map<YearMonth, Double> monthly, Figures figures, Map<String, String> metrics) {

    /** Validates the fields and copies the arrays and maps. */
    public RunView {
        Preconditions.notBlank("name", name);
        if (equityMillis.length != equity.length) {
            throw new IllegalArgumentException("equityMillis and equity must have the same length, were "
                    + equityMillis.length + " and " + equity.length);
        }
        equityMillis = equityMillis.clone();
        equity = equity.clone();
        tradePnl = tradePnl.clone();
        monthly = new LinkedHashMap<>(monthly);
        Preconditions.notNull("figures", figures);
        metrics = new LinkedHashMap<>(metrics);
    }

    /** The equity times (a copy). */
    @Override
    public long[] equityMillis() {
        return equityMillis.clone();
    }

    /** The equity values (a copy). */
    @Override
    public double[] equity() {
        return equity.clone();
    }

    /** The trade P&amp;L (a copy). */
    @Override
    public double[] tradePnl() {
        return tradePnl.clone();
    }

    /**
     * The figures compared between backtest and live. NaN where a figure is undefined.
     *
     * @param totalReturn  final equity over starting equity, minus one
     * @param winRate      share of closed trades that made money
     * @param profitFactor gross profit over gross loss
     * @param sharpe       annualised Sharpe ratio of daily returns
     * @param maxDrawdown  deepest fall from a peak, a fraction {@code <= 0}
     * @param trades       closed trades
     * @param fees         fees paid
     */
    public record Figures(double totalReturn, double winRate, double profitFactor, double sharpe, double maxDrawdown,
                          int trades, double fees) {

        /** The figures as labelled rows, in the order the compare table shows them. */
        public List<Map.Entry<String, Double>> rows() {
            return List.of(Map.entry("total return", totalReturn), Map.entry("win rate", winRate),
                    Map.entry("profit factor", profitFactor), Map.entry("Sharpe", sharpe),
                    Map.entry("max drawdown", maxDrawdown), Map.entry("closed trades", (double) trades),
                    Map.entry("fees", fees));
        }
    }
}

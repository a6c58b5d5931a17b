package dev.parallax.backtest.result;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.metrics.TradeStats;

/**
 * The trades opened in one market regime and their statistics.
 *
 * @param regime the regime at entry
 * @param stats  statistics of those trades, from the metrics module
 */
public record RegimeSummary(Regime regime, TradeStats stats) {
}

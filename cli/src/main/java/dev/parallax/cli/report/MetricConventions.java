package dev.parallax.cli.report;

import dev.parallax.metrics.MetricBasis;
import java.util.Map;
import java.util.Optional;

/**
 * How each report figure is defined, in one line a reader sees beside the number (the HTML report's
 * tooltips and footnotes). {@code P} is the periods per year of the run's {@link MetricBasis},
 * {@code rf} and {@code t} the per-period risk-free rate and Sortino target, {@code r} the daily
 * returns (last point of each UTC day).
 */
public final class MetricConventions {

    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("initial_cash", "cash (or balance) before the first event"),
            Map.entry("final_equity", "cash plus open positions at the last price"),
            Map.entry("final_cash", "cash at the end, open positions not counted"),
            Map.entry("total_return", "final equity / initial cash - 1"),
            Map.entry("realized_pnl", "P&L of closed positions, after fees"),
            Map.entry("unrealized_pnl", "P&L of positions still open, at the last price"),
            Map.entry("fees", "every fee paid"),
            Map.entry("events", "market events the engine read"),
            Map.entry("periods", "daily returns the return figures use (UTC days with a point)"),
            Map.entry("cagr", "prod(1 + r)^(P / n) - 1: n daily returns taken as n / P years"),
            Map.entry("annual_volatility", "sample standard deviation of r times sqrt(P)"),
            Map.entry("sharpe", "mean(r - rf) / sd(r) * sqrt(P), sample sd"),
            Map.entry("sortino", "mean(r - t) / sqrt(sum(min(r - t, 0)^2) / n) * sqrt(P)"),
            Map.entry("max_drawdown_daily", "deepest fall from a running peak of the daily closes, initial cash the first peak"),
            Map.entry("max_drawdown_every_bar", "deepest fall from a running peak at every point of the curve"),
            Map.entry("calmar", "CAGR / |max drawdown, daily closes|"),
            Map.entry("omega", "sum(max(r - L, 0)) / sum(max(L - r, 0)) with L = rf + t"),
            Map.entry("tail_ratio", "|95th percentile| / |5th percentile| of r, linear interpolation"),
            Map.entry("value_at_risk", "historical: the 5% quantile of r (linear interpolation), a return"),
            Map.entry("conditional_value_at_risk", "mean of the daily returns at or below the VaR"),
            Map.entry("stability", "R² of a least-squares line through cumulative log returns"),
            Map.entry("skewness", "m3 / m2^1.5, biased central moments"),
            Map.entry("excess_kurtosis", "m4 / m2^2 - 3, biased central moments"),
            Map.entry("probabilistic_sharpe", "P(true Sharpe > 0), Bailey and López de Prado (2012)"),
            Map.entry("deflated_sharpe", "PSR against the best Sharpe expected by luck over the trials (one trial here)"),
            Map.entry("closed_trades", "round trips closed"),
            Map.entry("winners", "closed trades with net P&L > 0"),
            Map.entry("losers", "closed trades with net P&L < 0"),
            Map.entry("break_even", "closed trades with net P&L = 0"),
            Map.entry("win_rate", "winners / closed trades"),
            Map.entry("gross_profit", "sum of net P&L of the winners"),
            Map.entry("gross_loss", "sum of net P&L of the losers (negative)"),
            Map.entry("net_profit", "sum of net P&L of closed trades"),
            Map.entry("profit_factor", "gross profit / |gross loss|; inf without a loser"),
            Map.entry("expectancy", "mean net P&L per closed trade"),
            Map.entry("payoff_ratio", "mean win / |mean loss|"),
            Map.entry("largest_win", "best closed trade, net"),
            Map.entry("largest_loss", "worst closed trade, net"),
            Map.entry("average_holding_seconds", "mean time from entry to exit"),
            Map.entry("median_holding_seconds", "median time from entry to exit"),
            Map.entry("longest_winning_streak", "most winners in a row"),
            Map.entry("longest_losing_streak", "most losers in a row"),
            Map.entry("sqn", "System Quality Number: sqrt(N) * mean / sd of trade net P&L (Van Tharp)"),
            Map.entry("orders", "orders submitted"),
            Map.entry("filled_orders", "orders filled in full"),
            Map.entry("cancelled_orders", "orders cancelled"),
            Map.entry("rejected_orders", "orders the account refused"),
            Map.entry("fills", "fills, partial ones included"),
            Map.entry("partial_fills", "fills that left part of the order open"),
            Map.entry("fill_rate", "filled orders / orders"),
            Map.entry("partial_fill_rate", "partial fills / fills"),
            Map.entry("average_fee_per_order", "fees / orders"),
            Map.entry("average_slippage_bps", "mean slippage of fills against the reference price, bps"),
            Map.entry("average_fill_latency_ms", "mean time from order to fill"),
            Map.entry("open_trades", "positions open now"),
            Map.entry("circuit_breaker", "the live risk circuit breaker"),
            Map.entry("benchmark", "buy and hold from the first price, no fee"),
            Map.entry("benchmark_return", "benchmark's compounded return over the days both series have"),
            Map.entry("alpha", "mean((r - rf) - beta (b - rf)) * P: Jensen's alpha, annualised by multiplication"),
            Map.entry("beta", "cov(r, b) / var(b), sample moments, daily returns"),
            Map.entry("correlation", "Pearson correlation of r and b"),
            Map.entry("information_ratio", "mean(r - b) / sd(r - b) * sqrt(P), sample sd"),
            Map.entry("up_capture", "geometric mean of r / geometric mean of b over days with b > 0"),
            Map.entry("down_capture", "geometric mean of r / geometric mean of b over days with b < 0"));

    private MetricConventions() {
    }

    /** The definition of the figure {@code key}; empty for a key without one. */
    public static Optional<String> of(String key) {
        return Optional.ofNullable(TEXT.get(key));
    }
}

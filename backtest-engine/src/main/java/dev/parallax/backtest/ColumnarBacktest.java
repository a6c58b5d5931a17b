package dev.parallax.backtest;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.ColumnarConfig;
import dev.parallax.backtest.columnar.ColumnarStrategy;
import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.regime.RegimeClassifier;
import dev.parallax.backtest.result.ColumnarResult;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.Side;

/**
 * A fast backtest of one symbol's bars held in columns, for parameter sweeps: market orders with a
 * fixed fee and slippage in bps instead of the execution simulator, and a strategy that states the
 * position it wants after each bar.
 *
 * <p>The loop touches only primitives and allocates nothing per bar; the only object made is the
 * {@code TradeRecord} of a trade that closes.
 * Accounting is the event engine's own (average cost, round-trip trades, compensated sums), and
 * fills happen at the same prices and times as in {@link BacktestEngine} with the same costs: at the
 * signal bar's close, or at the next bar's open, placed a quarter into the bar as the event engine
 * places it. A test holds the two engines to identical trades.
 */
public final class ColumnarBacktest {

    private final ColumnarConfig config;

    /** A backtest with {@code config}. */
    public ColumnarBacktest(ColumnarConfig config) {
        this.config = Preconditions.notNull("config", config);
    }

    /** Runs {@code strategy} over {@code bars}. */
    public ColumnarResult run(BarSeries bars, ColumnarStrategy strategy) {
        int n = bars.size();
        Portfolio portfolio = new Portfolio(config.initialCash());
        double[] equity = config.keepEquity() ? new double[n] : new double[0];
        RegimeClassifier regimes = config.classifyRegimes() ? new RegimeClassifier() : null;
        Regime regime = Regime.UNKNOWN;
        boolean atClose = config.execution() == BarExecution.SIGNAL_BAR_CLOSE;
        double feeBps = config.feeBps();
        double slip = config.slippageBps() / 10_000.0;
        double held = 0;
        double pending = 0;
        long minGap = 0;
        for (int i = 0; i < n; i++) {
            long time = bars.time(i);
            if (i > 0) {
                long gap = time - bars.time(i - 1);
                if (minGap == 0 || gap < minGap) {
                    minGap = gap;
                }
            }
            if (pending != 0) {
                long open = Math.max(time - minGap + minGap / 4, bars.time(i - 1));
                fill(portfolio, bars, pending, bars.open(i), open, feeBps, slip, regime);
                held += pending;
                pending = 0;
            }
            if (regimes != null) {
                regime = regimes.update(bars.close(i));
            }
            double change = strategy.targetPosition(bars, i) - (held + pending);
            if (change != 0) {
                if (atClose) {
                    fill(portfolio, bars, change, bars.close(i), time, feeBps, slip, regime);
                    held += change;
                } else {
                    pending = change;
                }
            }
            if (equity.length > 0) {
                equity[i] = portfolio.cash() + held * bars.close(i);
            }
        }
        portfolio.mark(bars.symbol(), bars.close(n - 1));
        return new ColumnarResult(n, portfolio.cash(), portfolio.equity(), portfolio.realizedPnl(), portfolio.fees(),
                held, portfolio.trades(), equity);
    }

    private static void fill(Portfolio portfolio, BarSeries bars, double change, double reference, long time,
                             double feeBps, double slip, Regime regime) {
        Side side = change > 0 ? Side.BUY : Side.SELL;
        double size = Math.abs(change);
        double price = reference * (1 + side.sign() * slip);
        // the same operations, in the same order, as MakerTakerFeeModel: bit-identical fees
        portfolio.apply(bars.symbol(), side, price, size, price * size * feeBps / 10_000.0, time, regime);
    }
}

package dev.parallax.backtest;

import dev.parallax.backtest.columnar.BarSeries;
import dev.parallax.backtest.columnar.ColumnarConfig;
import dev.parallax.backtest.columnar.ColumnarStrategy;
import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.regime.RegimeClassifier;
import dev.parallax.backtest.result.ColumnarResult;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.Side;
import java.util.OptionalLong;

/**
 * A fast backtest of one symbol's bars held in columns, for parameter sweeps: market orders with a
 * fixed fee and slippage in bps instead of the execution simulator, and a strategy that states the
 * position it wants after each bar.
 *
 * <p>The loop touches only primitives and allocates nothing per bar; the only object made is the
 * {@code TradeRecord} of a trade that closes.
 * Accounting is the event engine's own (average cost, round-trip trades, compensated sums), and
 * fills happen at the same prices and times as in {@link BacktestEngine} with the same costs and no
 * latency (so no market-data delay either, whether {@link BacktestConfig#marketDataLatency()} is on
 * or off: a zero-latency model draws none): at the
 * signal bar's close, or at the next bar's open, placed a quarter into the bar as the event engine
 * places it. The account's rules (cash or margin, rejections, liquidation, ruin) are applied as the
 * event engine applies them. A test holds the two engines to identical trades, rejections and ruin.
 */
public final class ColumnarBacktest {

    /** The id rejection messages name; the columnar run keeps only the count. */
    private static final String ORDER = "columnar";

    private final ColumnarConfig config;

    /** A backtest with {@code config}. */
    public ColumnarBacktest(ColumnarConfig config) {
        this.config = Preconditions.notNull("config", config);
    }

    /**
     * Runs {@code strategy} over {@code bars}. The account's rules are the event engine's: a change of
     * position is checked when the strategy asks for it (at the bar's close) and rejected when the
     * account cannot take it. An order is sent only when the strategy's target changes from one bar
     * to the next, for the difference from the position last asked for and taken: a rejected change
     * is not asked for again until the target changes, as {@code SmaCrossStrategy} does. After each bar, equity at or below zero ruins the
     * account (the position is closed at the close and later changes are rejected), and a margin
     * account at its maintenance margin is closed out at the close; after a close-out the position
     * asked for is flat, as {@code SmaCrossStrategy} resets it on a fill it did not send.
     */
    public ColumnarResult run(BarSeries bars, ColumnarStrategy strategy) {
        int n = bars.size();
        String symbol = bars.symbol();
        Portfolio portfolio = new Portfolio(config.initialCash());
        double[] mark = {Double.NaN};
        BuyingPower power = new BuyingPower(config.account(), portfolio, new OpenOrders(), s -> mark[0]);
        boolean margin = config.account() instanceof MarginAccount;
        double[] equity = config.keepEquity() ? new double[n] : new double[0];
        RegimeClassifier regimes = config.classifyRegimes() ? new RegimeClassifier() : null;
        Regime regime = Regime.UNKNOWN;
        boolean atClose = config.execution() == BarExecution.SIGNAL_BAR_CLOSE;
        double feeBps = config.feeBps();
        double slip = config.slippageBps() / 10_000.0;
        double held = 0;
        double pending = 0;
        double requested = 0;
        double previousTarget = 0;
        long rejected = 0;
        boolean ruined = false;
        long ruinedAt = 0;
        long minGap = 0;
        for (int i = 0; i < n; i++) {
            long time = bars.time(i);
            double close = bars.close(i);
            if (i > 0) {
                long gap = time - bars.time(i - 1);
                if (minGap == 0 || gap < minGap) {
                    minGap = gap;
                }
            }
            if (pending != 0) {
                long open = Math.max(time - minGap + minGap / 4, bars.time(i - 1));
                fill(portfolio, power, bars, pending, bars.open(i), open, feeBps, slip, regime);
                held += pending;
                pending = 0;
            }
            if (regimes != null) {
                regime = regimes.update(close);
            }
            mark[0] = close;
            if (margin) {
                portfolio.mark(symbol, close);
            }
            double target = strategy.targetPosition(bars, i);
            double change = target != previousTarget ? target - requested : 0.0;
            previousTarget = target;
            if (change != 0) {
                if (ruined || power.refusal(ORDER, symbol, change > 0 ? Side.BUY : Side.SELL, Math.abs(change), close)
                        .isPresent()) {
                    rejected++;
                } else {
                    requested = target;
                    if (atClose) {
                        fill(portfolio, power, bars, change, close, time, feeBps, slip, regime);
                        held += change;
                    } else {
                        pending = change;
                    }
                }
            }
            double equityNow = margin ? portfolio.equity() : portfolio.cash() + held * close;
            if ((!ruined && equityNow <= 0) || power.belowMaintenance(equityNow)) {
                if (!ruined && equityNow <= 0) {
                    ruined = true;
                    ruinedAt = time;
                }
                pending = 0;
                if (held != 0) {
                    fill(portfolio, power, bars, -held, close, time, feeBps, slip, regime);
                    held = 0;
                }
                // what the strategy asked for was closed out: the next change trades from flat
                requested = 0;
            }
            if (equity.length > 0) {
                equity[i] = portfolio.cash() + held * close;
            }
        }
        portfolio.mark(symbol, bars.close(n - 1));
        return new ColumnarResult(n, portfolio.cash(), portfolio.equity(), portfolio.realizedPnl(), portfolio.fees(),
                held, portfolio.trades(), equity, rejected, ruined ? OptionalLong.of(ruinedAt) : OptionalLong.empty());
    }

    private static void fill(Portfolio portfolio, BuyingPower power, BarSeries bars, double change, double reference,
                             long time, double feeBps, double slip, Regime regime) {
        Side side = change > 0 ? Side.BUY : Side.SELL;
        double size = Math.abs(change);
        double price = reference * (1 + side.sign() * slip);
        // the same operations, in the same order, as MakerTakerFeeModel: bit-identical fees
        double fee = price * size * feeBps / 10_000.0;
        portfolio.apply(bars.symbol(), side, price, size, fee, time, regime);
        power.sawFee(fee, price, size);
    }
}

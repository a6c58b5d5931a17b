package dev.parallax.backtest.result;

import dev.parallax.metrics.TradeStats;
import java.util.List;
import java.util.OptionalLong;

/**
 * What a columnar backtest produced.
 *
 * @param bars         bars processed
 * @param finalCash    cash at the end
 * @param finalEquity  cash plus the open position at the last close
 * @param realizedPnl  price P&L of closed position parts, before fees
 * @param fees         every fee paid
 * @param position     the position left open at the end
 * @param trades       closed trades in the order they closed
 * @param equity       equity after each bar, or empty when not kept
 * @param rejectedOrders orders the account refused (see {@code AccountOutcome})
 * @param ruinedAtNanos  the time of the bar after which equity was at or below zero, if it was
 */
public record ColumnarResult(int bars, double finalCash, double finalEquity, double realizedPnl, double fees,
                             double position, List<TradeRecord> trades, double[] equity, long rejectedOrders,
                             OptionalLong ruinedAtNanos) {

    /** Copies the collections. */
    public ColumnarResult {
        if (ruinedAtNanos == null) {
            throw new IllegalArgumentException("ruinedAtNanos must not be null; use OptionalLong.empty()");
        }
        trades = List.copyOf(trades);
        equity = equity.clone();
    }

    /** The equity after each bar (a copy). */
    @Override
    public double[] equity() {
        return equity.clone();
    }

    /** Sum of the closed trades' net P&L. */
    public double closedPnl() {
        double sum = 0;
        for (TradeRecord t : trades) {
            sum += t.netPnl();
        }
        return sum;
    }

    /** Statistics of the closed trades, from the metrics module. */
    public TradeStats tradeStats() {
        return TradeStats.of(trades.stream().map(TradeRecord::toClosedTrade).toList());
    }
}

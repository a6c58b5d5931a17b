package dev.parallax.metrics;

import java.time.Duration;
import java.util.List;

/**
 * Statistics of a list of closed trades, taken in the order given (give them in exit order: the
 * streaks depend on it). Sums of P&L are compensated (Kahan) so that many small trades add up
 * without drift. A trade with {@code pnl > 0} is a winner, {@code < 0} a loser, {@code == 0}
 * break-even. Figures that no trade can define are NaN; see each component.
 *
 * @param count                 number of trades
 * @param winners               trades with {@code pnl > 0}
 * @param losers                trades with {@code pnl < 0}
 * @param breakEven             trades with {@code pnl == 0}
 * @param winRate               {@code winners / count} (break-even trades count in the
 *                              denominator); NaN for no trades
 * @param grossProfit           sum of winning P&L, {@code >= 0}
 * @param grossLoss             sum of losing P&L, {@code <= 0} (a negative number)
 * @param netProfit             sum of all P&L
 * @param profitFactor          {@code grossProfit / |grossLoss|}; {@code +Infinity} when there are
 *                              winners and no losers, NaN when there are neither
 * @param expectancy            mean P&L per trade; NaN for no trades
 * @param expectancyPerRisk     mean R-multiple {@code mean(pnl_i / risk_i)}, the expectancy per unit
 *                              of risk; NaN unless every trade carries a risk (and for no trades)
 * @param averageWin            mean P&L of the winners; NaN without winners
 * @param averageLoss           mean P&L of the losers, negative; NaN without losers
 * @param payoffRatio           {@code averageWin / |averageLoss|}, the realised reward:risk;
 *                              {@code +Infinity} with winners and no losers, 0 with losers and no
 *                              winners, NaN with neither
 * @param largestWin            greatest P&L of a winner; NaN without winners
 * @param largestLoss           most negative P&L of a loser; NaN without losers
 * @param averageHoldingTime    mean of exit minus entry, rounded toward zero to the nanosecond;
 *                              zero for no trades
 * @param medianHoldingTime     median of exit minus entry (the lower-rounded mean of the two middle
 *                              values for an even count); zero for no trades
 * @param longestWinningStreak  most winners in a row; a break-even trade ends a streak
 * @param longestLosingStreak   most losers in a row; a break-even trade ends a streak
 * @param sqn                   Van Tharp's system quality number {@code sqrt(N) mean(pnl) / sd(pnl)}
 *                              with the sample standard deviation ({@code N - 1}) and no cap on
 *                              {@code N}; NaN below two trades or when every P&L is the same
 */
public record TradeStats(int count, int winners, int losers, int breakEven, double winRate,
                         double grossProfit, double grossLoss, double netProfit, double profitFactor,
                         double expectancy, double expectancyPerRisk, double averageWin, double averageLoss,
                         double payoffRatio, double largestWin, double largestLoss,
                         Duration averageHoldingTime, Duration medianHoldingTime,
                         int longestWinningStreak, int longestLosingStreak, double sqn) {

    /** Checks that the counts add up and the durations are present. */
    public TradeStats {
        if (winners < 0 || losers < 0 || breakEven < 0 || winners + losers + breakEven != count) {
            throw new IllegalArgumentException("winners + losers + breakEven must equal count (" + count + "), were "
                    + winners + " + " + losers + " + " + breakEven);
        }
        if (averageHoldingTime == null || medianHoldingTime == null) {
            throw new IllegalArgumentException("holding times must not be null; use Duration.ZERO");
        }
    }

    /** The statistics of {@code trades}, which must not be null nor hold null. */
    public static TradeStats of(List<ClosedTrade> trades) {
        if (trades == null) {
            throw new IllegalArgumentException("trades must not be null; pass an empty list for no trades");
        }
        return TradeTally.of(trades);
    }
}

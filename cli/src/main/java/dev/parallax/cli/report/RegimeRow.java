package dev.parallax.cli.report;

import dev.parallax.sim.api.Preconditions;

/**
 * The closed trades of one market regime (the regime at entry), as the results file states them.
 *
 * @param regime       the regime's name ({@code TRENDING_UP}, {@code RANGING}, ...)
 * @param trades       closed trades entered in the regime, {@code >= 0}
 * @param winRate      winners over trades, a fraction; NaN without trades
 * @param netProfit    sum of net P&amp;L
 * @param profitFactor gross profit over gross loss; infinite without a losing trade
 * @param expectancy   mean net P&amp;L per trade
 */
public record RegimeRow(String regime, long trades, double winRate, double netProfit, double profitFactor,
                        double expectancy) {

    /** Validates the name and the count. */
    public RegimeRow {
        Preconditions.notBlank("regime", regime);
        Preconditions.nonNegative("trades", trades);
    }
}

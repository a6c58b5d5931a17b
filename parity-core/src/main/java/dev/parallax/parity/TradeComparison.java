package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Fill;

/**
 * A trade executed both in the backtest and live, with the differences between the two.
 *
 * <p>Signs: positive means live did worse. {@link #priceDifferenceBps()} is
 * {@code side.sign() · (live price - backtest price) / backtest price · 10,000}; a buy backtested
 * at 50,000 and filled live at 50,015 is +3.0 bps, a sell backtested at 100 and filled at 99.9 is
 * +10.0 bps.
 *
 * <p>The trade id is the fills' {@link Fill#orderId()}, the client order id both sides share. Costs
 * are measured on the backtest fill's size; the live fill's size may differ (a partial fill) and is
 * kept as reported.
 *
 * @param backtest    the backtest fill
 * @param live        the live fill of the same order id, symbol and side
 * @param attribution the cost difference split into components (see {@link CostAttribution})
 */
public record TradeComparison(Fill backtest, Fill live, CostAttribution attribution) {

    private static final double BPS = 10_000.0;

    /** Checks that the two fills belong to the same trade: same order id, symbol and side. */
    public TradeComparison {
        notNull("backtest", backtest);
        notNull("live", live);
        notNull("attribution", attribution);
        FillChecks.twins(backtest, live);
    }

    /**
     * Compares the two fills of one trade.
     *
     * @throws IllegalArgumentException if they differ in order id, symbol or side, if the backtest
     *                                  notional is not a finite number above 0, or the live slippage is
     *                                  not strictly between -10,000 and 10,000 bps
     */
    public static TradeComparison of(Fill backtest, Fill live) {
        return new TradeComparison(backtest, live, CostAttribution.of(backtest, live));
    }

    /** The trade id both fills share: their order id. */
    public String tradeId() {
        return backtest.orderId();
    }

    /** Execution price difference in bps of the backtest price; positive when live paid more on a buy or received less on a sell. */
    public double priceDifferenceBps() {
        return backtest.side().sign() * (live.price() - backtest.price()) / backtest.price() * BPS;
    }

    /** Live fee minus backtest fee, in bps of the backtest notional; positive when live paid more. */
    public double feeDifferenceBps() {
        return (live.fee() - backtest.fee()) / backtest.notional() * BPS;
    }

    /** Live fill time minus backtest fill time in milliseconds; positive when live filled later. */
    public double timingDifferenceMillis() {
        return delayMillis(backtest, live);
    }

    /** Live cost minus backtest cost (price and fee) in bps of the backtest notional. */
    public double totalDifferenceBps() {
        return attribution.totalBps();
    }

    static double delayMillis(Fill backtest, Fill live) {
        return Millis.between(backtest.timeNanos(), live.timeNanos());
    }
}

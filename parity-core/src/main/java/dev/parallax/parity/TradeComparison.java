package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Duration;

/**
 * A trade executed both in the backtest and live, with the differences between the two.
 *
 * <p>Signs: positive means live did worse. {@link #priceDifferenceBps()} is
 * {@code side.sign() · (live price - backtest price) / backtest price · 10,000}; a buy backtested
 * at 50,000 and filled live at 50,015 is +3.0 bps, a sell backtested at 100 and filled at 99.9 is
 * +10.0 bps.
 *
 * @param backtest    the backtest execution
 * @param live        the live execution of the same trade id
 * @param attribution the cost difference split into components (see {@link CostAttribution})
 */
public record TradeComparison(BacktestExecution backtest, LiveExecution live, CostAttribution attribution) {

    private static final double BPS = 10_000.0;

    /** Checks that the two executions belong to the same trade. */
    public TradeComparison {
        notNull("backtest", backtest);
        notNull("live", live);
        notNull("attribution", attribution);
        if (!backtest.tradeId().equals(live.tradeId())) {
            throw new IllegalArgumentException("live.tradeId must equal backtest.tradeId '" + backtest.tradeId()
                    + "', was '" + live.tradeId() + "'");
        }
    }

    /** Compares the two executions of one trade. */
    public static TradeComparison of(BacktestExecution backtest, LiveExecution live) {
        return new TradeComparison(backtest, live, CostAttribution.of(backtest, live));
    }

    /** The trade id both executions share. */
    public String tradeId() {
        return backtest.tradeId();
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

    static double delayMillis(BacktestExecution backtest, LiveExecution live) {
        return LiveExecution.millis(Duration.between(backtest.time(), live.time()));
    }
}

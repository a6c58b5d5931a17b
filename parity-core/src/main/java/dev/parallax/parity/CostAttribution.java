package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.finite;
import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Fill;
import java.util.List;

/**
 * The difference between live and backtest execution cost of one trade or one day, in basis
 * points of the backtest notional, split into four components that add up to the total.
 *
 * <p>For one trade with side sign {@code s} (+1 buy, -1 sell), size {@code q}, backtest price
 * {@code Pb}, fee {@code Fb} and slippage {@code σb}, live price {@code Pl}, fee {@code Fl} and
 * reported slippage {@code σl} (each {@code slippageBps / 10,000}, a fraction), latency {@code L}
 * and delay {@code Δt = live time - backtest time}, every cost is in quote currency and then
 * divided by the backtest notional {@code Pb·q} and multiplied by 10,000. Each side's slippage was
 * measured from a reference price, {@code Rl = Pl / (1 + s·σl)} and {@code Rb = Pb / (1 + s·σb)}:
 * <ul>
 *   <li><b>total</b> = live cost - backtest cost = {@code s·(Pl - Pb)·q + (Fl - Fb)}.</li>
 *   <li><b>slippage</b> = {@code s·(Pl - Rl)·q - s·(Pb - Rb)·q}: the live slippage in money less
 *       the slippage the backtest already paid, so a backtest that models slippage well is not
 *       blamed for it. With a backtest fill of no slippage it is the live-reported slippage.</li>
 *   <li><b>fee</b> = {@code Fl - Fb}.</li>
 *   <li><b>timing</b> = {@code w·s·(Rl - Rb)·q}: the share {@code w} of the market's drift from the
 *       backtest's reference price to the live one that elapsed during the latency, assuming the
 *       drift is spread evenly over the delay: {@code w = min(1, L / Δt)} when {@code Δt > 0},
 *       and {@code w = 0} when the live fill was not later than the backtest fill (no delay, so
 *       no drift can be blamed on it).</li>
 *   <li><b>market impact</b> = total - slippage - fee - timing, the residual: the rest of the
 *       drift, {@code (1 - w)·s·(Rl - Rb)·q}, which holds the price effect of the order itself and
 *       any move during the part of the delay that was not latency.</li>
 * </ul>
 * Two identical fills therefore attribute zero to every component.
 * Because market impact is the residual, the four components add up to the total exactly in
 * real arithmetic; in {@code double} the sum differs from {@link #totalBps()} by rounding only
 * (a few ulps). Every figure is positive when live did worse.
 *
 * <p>For a day the costs of the day's matched trades are summed and divided by the day's summed
 * backtest notional, which is the notional-weighted mean of the trades' figures; the day's market
 * impact is again the residual of the day's totals.
 *
 * @param slippageBps     live-reported slippage cost beyond the backtest's own
 * @param feeBps          fee difference
 * @param timingBps       drift during the latency
 * @param marketImpactBps residual
 * @param totalBps        live cost minus backtest cost
 */
public record CostAttribution(double slippageBps, double feeBps, double timingBps, double marketImpactBps,
                              double totalBps) {

    private static final double BPS = 10_000.0;

    /** The attribution of nothing: every component zero. */
    public static final CostAttribution ZERO = new CostAttribution(0, 0, 0, 0, 0);

    /** Checks that every component is finite. */
    public CostAttribution {
        finite("slippageBps", slippageBps);
        finite("feeBps", feeBps);
        finite("timingBps", timingBps);
        finite("marketImpactBps", marketImpactBps);
        finite("totalBps", totalBps);
    }

    /**
     * The attribution of one matched trade, as defined in the class description.
     *
     * @throws IllegalArgumentException if the fills differ in order id, symbol or side, if the
     *                                  backtest notional is not a finite number above 0, or the live
     *                                  slippage is not strictly between -10,000 and 10,000 bps
     */
    public static CostAttribution of(Fill backtest, Fill live) {
        FillChecks.twins(backtest, live);
        FillChecks.backtest(backtest);
        FillChecks.live(live);
        double notional = backtest.notional();
        double sign = backtest.side().sign();
        double total = (sign * (live.price() - backtest.price()) * backtest.size() + live.fee() - backtest.fee())
                / notional * BPS;
        double liveReference = live.price() / (1 + sign * (live.slippageBps() / BPS));
        double backtestReference = backtest.price() / (1 + sign * (backtest.slippageBps() / BPS));
        double slippage = sign * ((live.price() - liveReference) - (backtest.price() - backtestReference))
                * backtest.size() / notional * BPS;
        double fee = (live.fee() - backtest.fee()) / notional * BPS;
        double drift = sign * (liveReference - backtestReference) * backtest.size() / notional * BPS;
        double timing = latencyShare(backtest, live) * drift;
        return withResidualImpact(slippage, fee, timing, total);
    }

    /**
     * The attribution of a set of trades: each component summed in money over the trades and
     * divided by their summed backtest notional, with market impact as the residual of the sums.
     * {@link #ZERO} for no trades.
     */
    public static CostAttribution notionalWeighted(List<TradeComparison> trades) {
        notNull("trades", trades);
        double notional = 0;
        double slippage = 0;
        double fee = 0;
        double timing = 0;
        double total = 0;
        for (TradeComparison trade : trades) {
            double n = trade.backtest().notional();
            CostAttribution a = trade.attribution();
            notional += n;
            slippage += a.slippageBps() * n;
            fee += a.feeBps() * n;
            timing += a.timingBps() * n;
            total += a.totalBps() * n;
        }
        return trades.isEmpty() ? ZERO : fromWeightedSums(slippage, fee, timing, total, notional);
    }

    /**
     * The attribution of sums of {@code bps · notional} over trades whose notionals add up to
     * {@code notional}, with market impact as the residual.
     */
    static CostAttribution fromWeightedSums(double slippage, double fee, double timing, double total,
                                            double notional) {
        return withResidualImpact(slippage / notional, fee / notional, timing / notional, total / notional);
    }

    /** Slippage plus fee plus timing plus market impact; equals {@link #totalBps()} up to rounding. */
    public double sumOfComponentsBps() {
        return slippageBps + feeBps + timingBps + marketImpactBps;
    }

    /**
     * The share of the drift blamed on latency: {@code min(1, latency / delay)} for a positive
     * delay between the backtest and the live fill, else 0.
     */
    static double latencyShare(Fill backtest, Fill live) {
        double delayMillis = TradeComparison.delayMillis(backtest, live);
        if (!(delayMillis > 0)) {
            return 0;
        }
        return Math.min(1.0, Millis.of(live.latencyNanos()) / delayMillis);
    }

    private static CostAttribution withResidualImpact(double slippage, double fee, double timing, double total) {
        return new CostAttribution(slippage, fee, timing, total - slippage - fee - timing, total);
    }
}

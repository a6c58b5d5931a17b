package dev.parallax.backtest;

import dev.parallax.backtest.regime.Regime;
import dev.parallax.backtest.regime.RegimeClassifier;
import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.Quote;
import dev.parallax.sim.api.indicator.RollingStandardDeviation;

/**
 * What the engine knows of one symbol's market, and how it turns that into the
 * {@link MarketConditions} the simulator reads.
 *
 * <ul>
 *   <li>Bars without quotes: bid and ask at {@code price * (1 -/+ spread / 2)}, sizes 0 (unknown
 *       depth), 1-minute volume {@code bar volume * 1 minute / bar duration}.</li>
 *   <li>Quotes: bid, ask and sizes as quoted; last is the last trade price when there is one (kept
 *       inside the quote), else the mid.</li>
 *   <li>Trades without quotes: the trade price with the configured spread around it.</li>
 *   <li>1-minute volume from trades over the trailing minute; volatility is the rolling sample
 *       standard deviation of log returns of closes, trade prices or mids (0 until it is ready).</li>
 * </ul>
 */
final class SymbolMarket {

    private static final long MINUTE = 60_000_000_000L;

    private final String symbol;

    private final double halfSpread;
    private final RollingStandardDeviation volatility;
    /** {@code volatility.value()} as its last update returned it, kept so each snapshot does not recompute it. */
    private double volatilityValue = Double.NaN;
    private final RegimeClassifier regimes = new RegimeClassifier();
    private final TrailingVolume minuteVolume = new TrailingVolume(MINUTE);
    private double lastTrade = Double.NaN;
    private double mark = Double.NaN;
    private double seenMark = Double.NaN;
    private double volatilityPrice = Double.NaN;
    private boolean quoted;
    private boolean barred;
    private long previousBarTime = Long.MIN_VALUE;
    private long barLength;
    private Regime regime = Regime.UNKNOWN;
    /** A close not yet shown to the simulator (see {@link #holdClose}), or null. */
    private Bar heldClose;
    private long heldCloseDuration;
    private double heldCloseVolatility;

    SymbolMarket(String symbol, double barSpreadBps, int volatilityWindow) {
        this.symbol = symbol;
        this.halfSpread = barSpreadBps / 2.0 / 10_000.0;
        this.volatility = new RollingStandardDeviation(volatilityWindow);
    }

    /** The symbol this market is of. */
    String symbol() {
        return symbol;
    }

    /** The price positions in this symbol are marked at: the last close, trade or mid. */
    double mark() {
        return mark;
    }

    /**
     * The mark as of the last event of this symbol the strategy has seen: behind {@link #mark()} while
     * market data is still on its way to the strategy.
     */
    double seenMark() {
        return seenMark;
    }

    /** Notes that the strategy has seen an event after which the symbol was marked at {@code mark}. */
    void seen(double mark) {
        seenMark = mark;
    }

    Regime regime() {
        return regime;
    }

    boolean hasQuotes() {
        return quoted;
    }

    /** True once a bar of this symbol has been seen. */
    boolean hasBars() {
        return barred;
    }

    /**
     * The length of this symbol's bars: the smallest positive gap between two of its bars so far
     * (so weekends and overnight gaps do not stretch a daily or intraday bar); 0 before the second bar.
     */
    long barDuration(Bar bar) {
        if (previousBarTime != Long.MIN_VALUE) {
            long gap = bar.timeNanos() - previousBarTime;
            if (gap > 0 && (barLength == 0 || gap < barLength)) {
                barLength = gap;
            }
        }
        return barLength;
    }

    /** Conditions at one point of a bar's path. */
    MarketConditions atBarPrice(Bar bar, double price, long timeNanos, long duration) {
        barred = true;
        return atBarPrice(bar, price, timeNanos, duration, currentVolatility());
    }

    private MarketConditions atBarPrice(Bar bar, double price, long timeNanos, long duration, double volatility) {
        double minuteShare = duration > 0 ? (double) MINUTE / duration : 1.0;
        return new MarketConditions(symbol, price * (1 - halfSpread), price * (1 + halfSpread), 0, 0, price,
                bar.volume() * minuteShare, volatility, timeNanos);
    }

    /**
     * Keeps what the close of {@code bar} needs instead of building its snapshot now: the bar, its
     * duration and the volatility before the bar is closed. A later close replaces it.
     */
    void holdClose(Bar bar, long duration) {
        barred = true;
        heldClose = bar;
        heldCloseDuration = duration;
        heldCloseVolatility = currentVolatility();
    }

    /** True if a close is held back by {@link #holdClose}. */
    boolean holdsClose() {
        return heldClose != null;
    }

    /** Forgets the held close without building its snapshot: a later point of the symbol takes its place. */
    void discardClose() {
        heldClose = null;
    }

    /** The snapshot of the held close, exactly as {@link #atBarPrice} would have built it then; the close is no longer held. */
    MarketConditions releaseClose() {
        Bar bar = heldClose;
        heldClose = null;
        return atBarPrice(bar, bar.close(), bar.timeNanos(), heldCloseDuration, heldCloseVolatility);
    }

    /** Records a closed bar: mark, volatility, regime. */
    void closeBar(Bar bar) {
        barred = true;
        previousBarTime = bar.timeNanos();
        observe(bar.close());
        regime = regimes.update(bar.close());
    }

    /** Conditions from a quote. */
    MarketConditions atQuote(Quote q) {
        quoted = true;
        observe(q.mid());
        double last = Double.isNaN(lastTrade) ? q.mid() : Math.min(Math.max(lastTrade, q.bid()), q.ask());
        return new MarketConditions(symbol, q.bid(), q.ask(), q.bidSize(), q.askSize(), last,
                minuteVolume.at(q.timeNanos()), currentVolatility(), q.timeNanos());
    }

    /** Records a trade: last price, the last minute's volume, and (without quotes) the mark. */
    void trade(double price, double size, long timeNanos) {
        minuteVolume.add(timeNanos, size);
        lastTrade = price;
        if (!quoted) {
            observe(price);
        }
    }

    /** Conditions around the last trade price, for data without quotes. */
    MarketConditions atTrade(double price, long timeNanos) {
        return new MarketConditions(symbol, price * (1 - halfSpread), price * (1 + halfSpread), 0, 0, price,
                minuteVolume.at(timeNanos), currentVolatility(), timeNanos);
    }

    private void observe(double price) {
        if (!Double.isNaN(volatilityPrice)) {
            volatilityValue = volatility.update(Math.log(price / volatilityPrice));
        }
        volatilityPrice = price;
        mark = price;
    }

    private double currentVolatility() {
        double v = volatilityValue;
        return Double.isNaN(v) ? 0.0 : v;
    }
}

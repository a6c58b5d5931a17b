package dev.parallax.backtest.regime;

/** The state of a market, as {@link RegimeClassifier} labels it. */
public enum Regime {
    /** Prices move mostly in one direction. */
    TRENDING,
    /** Prices move back and forth without going far. */
    RANGING,
    /** Volatility is well above its own longer-run level. */
    VOLATILE,
    /** Not enough history to say. */
    UNKNOWN
}

package dev.parallax.backtest.columnar;

/**
 * A strategy for {@link ColumnarBacktest}: after each bar it names the position it wants. It keeps
 * whatever state it needs and is called for bars {@code 0, 1, 2, ...} in order, once each.
 */
@FunctionalInterface
public interface ColumnarStrategy {

    /**
     * The signed position wanted once bar {@code i} has closed, in units; the engine trades the
     * difference from the position it holds or has already asked for.
     */
    double targetPosition(BarSeries bars, int i);
}

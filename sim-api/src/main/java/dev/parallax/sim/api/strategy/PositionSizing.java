package dev.parallax.sim.api.strategy;

import dev.parallax.sim.api.Preconditions;

/**
 * How many units to trade. {@link #fixedUnits} always the same quantity; {@link #fractionOfEquity}
 * the quantity worth {@code fraction * equity} at the given price.
 */
@FunctionalInterface
public interface PositionSizing {

    /**
     * Units to trade at {@code price} given the account's {@code equity}; {@code >= 0}.
     *
     * @param price  expected execution price, {@code > 0}
     * @param equity current equity
     */
    double units(double price, double equity);

    /** Always {@code units}. */
    static PositionSizing fixedUnits(double units) {
        Preconditions.positive("units", units);
        return (price, equity) -> units;
    }

    /** {@code fraction * equity / price}, or 0 when equity is not positive. */
    static PositionSizing fractionOfEquity(double fraction) {
        Preconditions.inRange("fraction", fraction, Double.MIN_VALUE, 100);
        return (price, equity) -> equity > 0 ? fraction * equity / Preconditions.positive("price", price) : 0.0;
    }
}

package dev.parallax.sim.api.venue;

/**
 * A change to a working order: a new size, a new limit price, or both. {@code NaN} leaves a field as
 * it is; at least one must be given.
 *
 * @param size       the new size still to fill, finite and {@code > 0}, or {@code NaN} to keep the
 *                   size left to fill
 * @param limitPrice the new limit price, finite and {@code > 0}, or {@code NaN} to keep the limit
 */
public record OrderChange(double size, double limitPrice) {

    /** Validates both fields; see the record description for the rules. */
    public OrderChange {
        if (Double.isNaN(size) && Double.isNaN(limitPrice)) {
            throw new IllegalArgumentException("an order change needs a size or a limitPrice, both were NaN");
        }
        if (!Double.isNaN(size) && !(size > 0 && Double.isFinite(size))) {
            throw new IllegalArgumentException("size must be > 0 and finite (or NaN to keep it), was " + size);
        }
        if (!Double.isNaN(limitPrice) && !(limitPrice > 0 && Double.isFinite(limitPrice))) {
            throw new IllegalArgumentException(
                    "limitPrice must be > 0 and finite (or NaN to keep it), was " + limitPrice);
        }
    }

    /** A new size left to fill, the limit unchanged. */
    public static OrderChange size(double size) {
        return new OrderChange(size, Double.NaN);
    }

    /** A new limit price, the size unchanged. */
    public static OrderChange limitPrice(double limitPrice) {
        return new OrderChange(Double.NaN, limitPrice);
    }

    /** True if the change sets a new size. */
    public boolean changesSize() {
        return !Double.isNaN(size);
    }

    /** True if the change sets a new limit price. */
    public boolean changesLimitPrice() {
        return !Double.isNaN(limitPrice);
    }
}

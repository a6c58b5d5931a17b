package dev.parallax.sim.api;

/** Direction of an order or a fill. */
public enum Side {
    /** Buys the base asset; pays the ask when it crosses the spread. */
    BUY,
    /** Sells the base asset; receives the bid when it crosses the spread. */
    SELL;

    /** +1 for {@link #BUY}, -1 for {@link #SELL}: the sign of the position change. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    /** The other side. */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}

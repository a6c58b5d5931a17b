package dev.parallax.sim.api.data;

/** Which side started a trade by crossing the spread, when the data says. */
public enum Aggressor {
    /** A buyer lifted the offer. */
    BUYER,
    /** A seller hit the bid. */
    SELLER,
    /** The data does not say. */
    UNKNOWN
}

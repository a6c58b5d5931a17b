package dev.parallax.ledger;

/** How a {@link Ledger} groups fills into positions; chosen once per account. */
public enum PositionMode {

    /**
     * One position per symbol at average cost. A fill on the side of the position (or from flat)
     * adds to it and moves the average entry price to the size-weighted mean; a fill against it
     * realizes {@code (price - average) * closed size} (negated for a short) and leaves the average
     * unchanged. A position brought to flat closes its round trip; a fill larger than the position
     * flips it: the part up to flat closes the round trip, the rest opens a new one at the fill's
     * price, and the fill's fee is split between the two by size. The backtest's rule.
     */
    NETTING,

    /**
     * Lots named by a trade id, each with the price of its entry as its cost basis. A lot is opened
     * by one fill and closed, in one or several parts, by fills that name it; it is closed when its
     * open size reaches zero, or comes within {@link Ledger#SIZE_TOLERANCE} of its entered size.
     * Fills that name no lot close opposite lots of the symbol oldest first and open a lot named by
     * the order id with what is left. The live tracker's rule.
     */
    PER_TRADE
}

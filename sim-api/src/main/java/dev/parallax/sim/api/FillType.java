package dev.parallax.sim.api;

/**
 * How a fill happened, which decides the fee rate and says how certain the fill is.
 *
 * <table>
 *   <caption>Fill types</caption>
 *   <tr><th>type</th><th>order</th><th>how it filled</th><th>default fee rate</th></tr>
 *   <tr><td>{@link #AGGRESSIVE}</td><td>market</td><td>took liquidity at any price</td><td>market</td></tr>
 *   <tr><td>{@link #TAKER}</td><td>limit</td><td>marketable on arrival, took liquidity up to its limit</td>
 *       <td>taker</td></tr>
 *   <tr><td>{@link #MAKER}</td><td>limit</td><td>rested, reached the front of its queue and was hit by
 *       trades at its price</td><td>maker</td></tr>
 *   <tr><td>{@link #PASSIVE}</td><td>limit</td><td>rested, and the market traded through its price</td>
 *       <td>maker</td></tr>
 * </table>
 */
public enum FillType {
    /** A resting limit order filled at its price after the queue ahead of it was consumed. */
    MAKER,
    /** A limit order that was marketable when it arrived and took liquidity. */
    TAKER,
    /** A market order. */
    AGGRESSIVE,
    /** A resting limit order filled because the market traded through its price. */
    PASSIVE;

    /** True for the fill types of an order that rested in the book and added liquidity. */
    public boolean addsLiquidity() {
        return this == MAKER || this == PASSIVE;
    }
}

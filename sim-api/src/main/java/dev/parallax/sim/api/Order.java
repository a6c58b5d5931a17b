package dev.parallax.sim.api;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

/**
 * An instruction to buy or sell. Immutable and validated on construction.
 *
 * <p>A market order has no limit price ({@link Double#NaN}); a limit order must have a finite
 * positive one. Use {@link #market} and {@link #limit} rather than the canonical constructor.
 *
 * @param id         the caller's order id; unique within one simulator, and used as the trade id
 *                   when backtest and live executions are matched
 * @param symbol     instrument, for example {@code BTC/USD}
 * @param side       buy or sell
 * @param type       market or limit
 * @param size       quantity in units of the instrument, finite and {@code > 0}
 * @param limitPrice limit price for {@link OrderType#LIMIT}; {@code NaN} for {@link OrderType#MARKET}
 * @param timeNanos  when the order was sent, epoch nanoseconds
 */
public record Order(String id, String symbol, Side side, OrderType type, double size, double limitPrice,
                    long timeNanos) {

    /** Validates every field; see the class description for the rules. */
    public Order {
        notBlank("id", id);
        notBlank("symbol", symbol);
        notNull("side", side);
        notNull("type", type);
        positive("size", size);
        if (type == OrderType.LIMIT) {
            if (Double.isNaN(limitPrice)) {
                throw new IllegalArgumentException("limitPrice is required for LIMIT order '" + id + "', was NaN");
            }
            positive("limitPrice", limitPrice);
        } else if (!Double.isNaN(limitPrice)) {
            throw new IllegalArgumentException(
                    "limitPrice must be NaN for MARKET order '" + id + "', was " + limitPrice);
        }
    }

    /** A market order sent at {@code timeNanos}. */
    public static Order market(String id, String symbol, Side side, double size, long timeNanos) {
        return new Order(id, symbol, side, OrderType.MARKET, size, Double.NaN, timeNanos);
    }

    /** A limit order sent at {@code timeNanos}. */
    public static Order limit(String id, String symbol, Side side, double size, double limitPrice, long timeNanos) {
        return new Order(id, symbol, side, OrderType.LIMIT, size, limitPrice, timeNanos);
    }

    /** True for a limit order. */
    public boolean isLimit() {
        return type == OrderType.LIMIT;
    }

    /**
     * True if {@code price} is acceptable to this order: any price for a market order; at or below
     * the limit for a limit buy; at or above the limit for a limit sell.
     */
    public boolean accepts(double price) {
        if (type == OrderType.MARKET) {
            return true;
        }
        return side == Side.BUY ? price <= limitPrice : price >= limitPrice;
    }
}

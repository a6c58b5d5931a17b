package dev.parallax.cli.simulate;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Order;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** One row of an orders CSV for {@code parallax simulate}. */
public final class OrderLine {

    /** The header the file must start with. */
    public static final String HEADER = "time,id,side,type,size,limit_price";

    private OrderLine() {
    }

    /**
     * The order in {@code line}, for {@code symbol}.
     *
     * @throws IllegalArgumentException naming the column that is wrong
     */
    public static Order parse(String line, String symbol) {
        String[] c = line.split(",", -1);
        if (c.length != 6) {
            throw new IllegalArgumentException("expected 6 columns (" + HEADER + "), found " + c.length);
        }
        Instant t;
        try {
            t = Instant.parse(c[0].trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time must be an ISO instant like 2013-11-26T10:00:00Z, was '" + c[0] + "'");
        }
        long time;
        try {
            time = EpochNanos.of(t);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("time must be between 1677-09-21T00:12:43.145224192Z and "
                    + "2262-04-11T23:47:16.854775807Z (epoch nanoseconds in a long), was '" + c[0] + "'");
        }
        Side side = switch (c[2].trim().toLowerCase(Locale.ROOT)) {
            case "buy" -> Side.BUY;
            case "sell" -> Side.SELL;
            default -> throw new IllegalArgumentException("side must be buy or sell, was '" + c[2] + "'");
        };
        double size = number("size", c[4]);
        return switch (c[3].trim().toLowerCase(Locale.ROOT)) {
            case "market" -> Order.market(c[1].trim(), symbol, side, size, time);
            case "limit" -> Order.limit(c[1].trim(), symbol, side, size, number("limit_price", c[5]), time);
            default -> throw new IllegalArgumentException("type must be market or limit, was '" + c[3] + "'");
        };
    }

    private static double number(String column, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a number, was '" + text + "'");
        }
    }
}

package dev.parallax.sim.api;

import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.positive;

/**
 * A snapshot of one instrument's market that execution models read: the top of the book, the
 * last trade, recent volume and volatility.
 *
 * @param symbol     instrument
 * @param bid        best bid price, finite and {@code > 0}
 * @param ask        best ask price, finite, {@code > 0} and {@code >= bid} (a locked book is allowed)
 * @param bidSize    quantity displayed at the bid, {@code >= 0}
 * @param askSize    quantity displayed at the ask, {@code >= 0}
 * @param last       last traded price, finite and {@code > 0}
 * @param volume1m   quantity traded over the last minute, {@code >= 0}
 * @param volatility recent volatility of returns as a fraction ({@code 0.02} is 2%), {@code >= 0};
 *                   the default models treat it as a dimensionless stress level
 * @param timeNanos  time of the snapshot, epoch nanoseconds
 */
public record MarketConditions(String symbol, double bid, double ask, double bidSize, double askSize, double last,
                               double volume1m, double volatility, long timeNanos) {

    /** Validates every field; see the component descriptions for the rules. */
    public MarketConditions {
        notBlank("symbol", symbol);
        positive("bid", bid);
        positive("ask", ask);
        if (bid > ask) {
            throw new IllegalArgumentException("bid must be <= ask, was bid " + bid + " > ask " + ask);
        }
        nonNegative("bidSize", bidSize);
        nonNegative("askSize", askSize);
        positive("last", last);
        nonNegative("volume1m", volume1m);
        nonNegative("volatility", volatility);
    }

    /** Mid price, {@code (bid + ask) / 2}. */
    public double mid() {
        return 0.5 * (bid + ask);
    }

    /** Spread in basis points of the last price: {@code (ask - bid) / last * 10,000}. */
    public double spreadBps() {
        return (ask - bid) / last * 10_000.0;
    }

    /** The price an order on {@code side} pays to cross the spread: the ask for a buy, the bid for a sell. */
    public double farTouch(Side side) {
        return side == Side.BUY ? ask : bid;
    }

    /** The price at which an order on {@code side} joins the book: the bid for a buy, the ask for a sell. */
    public double nearTouch(Side side) {
        return side == Side.BUY ? bid : ask;
    }

    /** Quantity displayed on the far side for {@code side}: the ask size for a buy, the bid size for a sell. */
    public double farSize(Side side) {
        return side == Side.BUY ? askSize : bidSize;
    }

    /** Quantity displayed on the near side for {@code side}: the bid size for a buy, the ask size for a sell. */
    public double nearSize(Side side) {
        return side == Side.BUY ? bidSize : askSize;
    }
}

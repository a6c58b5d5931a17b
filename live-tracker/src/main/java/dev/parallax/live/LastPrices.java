package dev.parallax.live;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The latest known price of each symbol, from marks, entries and exits. "Latest" is by the event's
 * time, not by when it was recorded: a price recorded late (inside the tracker's time skew) with a
 * time before the one already known does not replace it, so an open position is never valued at
 * an older price than one already seen. Of two prices with the same time, the one recorded last
 * wins.
 */
final class LastPrices {

    private record Price(double value, Instant time) {
    }

    private final Map<String, Price> bySymbol = new HashMap<>();

    /** Takes {@code price} of {@code symbol} at {@code time} unless a later price is already known. */
    void offer(String symbol, double price, Instant time) {
        Price known = bySymbol.get(symbol);
        if (known == null || !time.isBefore(known.time())) {
            bySymbol.put(symbol, new Price(price, time));
        }
    }

    /** Writes every symbol's price and time, for a snapshot. */
    void writeTo(SnapshotWriter out) {
        out.writeInt(bySymbol.size());
        bySymbol.forEach((symbol, price) -> {
            out.writeText(symbol);
            out.writeDouble(price.value());
            out.writeTime(price.time());
        });
    }

    /** Prices written by {@link #writeTo}. */
    static LastPrices readFrom(SnapshotReader in) {
        LastPrices prices = new LastPrices();
        int count = in.readCount(28);
        for (int i = 0; i < count; i++) {
            String symbol = Identifiers.symbol("symbol", in.readText());
            prices.bySymbol.put(symbol, new Price(FillBounds.price("price", in.readDouble()), in.readTime()));
        }
        return prices;
    }

    /** The latest price of {@code symbol}; only for a symbol with a price offered. */
    double of(String symbol) {
        return bySymbol.get(symbol).value();
    }
}

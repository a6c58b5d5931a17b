package dev.parallax.adapters.data;

import dev.parallax.sim.api.data.Bar;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;

/** Open, high, low, close and volume of the trades added since the last reset. Not thread-safe. */
final class BarAccumulator {

    private String symbol;
    private boolean empty = true;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;
    private double notional;
    private long lastTime = Long.MIN_VALUE;

    /** The trade in {@code event}, checked to be a trade of the same symbol, no older than the last one. */
    TradeTick trade(MarketEvent event, String what) {
        if (!(event instanceof TradeTick trade)) {
            throw new IllegalArgumentException(what + " are built from trades only, got " + event);
        }
        if (symbol != null && !symbol.equals(trade.symbol())) {
            throw new IllegalArgumentException(what + " are built from one symbol's trades: got " + trade.symbol()
                    + " after " + symbol);
        }
        if (trade.timeNanos() < lastTime) {
            throw new IllegalArgumentException(what + " need trades in time order: " + trade + " is earlier than "
                    + lastTime + " ns");
        }
        symbol = trade.symbol();
        lastTime = trade.timeNanos();
        return trade;
    }

    void add(TradeTick trade) {
        double p = trade.price();
        if (empty) {
            open = p;
            high = p;
            low = p;
            empty = false;
        } else {
            high = Math.max(high, p);
            low = Math.min(low, p);
        }
        close = p;
        volume += trade.size();
        notional += p * trade.size();
    }

    boolean isEmpty() {
        return empty;
    }

    double volume() {
        return volume;
    }

    double notional() {
        return notional;
    }

    long lastTime() {
        return lastTime;
    }

    /** The bar so far, ending at {@code timeNanos}, and a reset. */
    Bar finish(long timeNanos) {
        Bar bar = new Bar(symbol, timeNanos, open, high, low, close, volume);
        empty = true;
        volume = 0;
        notional = 0;
        return bar;
    }
}

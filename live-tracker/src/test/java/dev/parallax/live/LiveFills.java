package dev.parallax.live;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.time.Instant;

/** Live fills with reported slippage and latency, for tests; the fill type is the unreported one. */
public final class LiveFills {

    private LiveFills() {
    }

    /** A fill of the given values. */
    public static Fill fill(String orderId, String symbol, Side side, double size, double price, double fee,
                            Instant time, double slippageBps, long latencyNanos) {
        return LiveEntry.liveFill(orderId, symbol, side, size, price, fee, time, slippageBps, latencyNanos);
    }

    /** An entry with reported slippage and latency. */
    public static LiveEntry entry(String tradeId, String symbol, Side side, double size, double price, double fee,
                                  Instant time, double slippageBps, long latencyNanos) {
        return new LiveEntry(fill(tradeId, symbol, side, size, price, fee, time, slippageBps, latencyNanos));
    }

    /** A compared exit under {@code exitId}, on the {@code closing} side, with reported slippage and latency. */
    public static LiveExit exit(String tradeId, String exitId, String symbol, Side closing, double size, double price,
                                double fee, Instant time, double slippageBps, long latencyNanos) {
        return new LiveExit(tradeId, fill(exitId, symbol, closing, size, price, fee, time, slippageBps, latencyNanos));
    }

    /** A compared exit of a long BTC/USD trade (a sell) with nothing else reported. */
    public static LiveExit exitOfLong(String tradeId, String exitId, double size, double price, double fee,
                                      Instant time) {
        return exit(tradeId, exitId, "BTC/USD", Side.SELL, size, price, fee, time, 0, 0);
    }
}

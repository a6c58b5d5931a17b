package dev.parallax.adapters.stream;

/**
 * How a {@link TradeReplayServer} serves its trades.
 *
 * @param port  the port on 127.0.0.1, 1 to 65535, or 0 for any free port
 * @param speed the speed-up, finite and {@code > 0}: the gaps between trades are divided by it
 *              (1 = real time, 60 = an hour in a minute)
 * @param pair  Bitstamp's pair name; the server answers subscriptions to {@code live_trades_<pair>} only
 */
public record ReplaySettings(int port, double speed, String pair) {

    /** The pair of the bundled Bitstamp trades. */
    public static final String DEFAULT_PAIR = "btcusd";

    /** Validates the fields. */
    public ReplaySettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 (any free port) and 65535, was " + port);
        }
        if (!Double.isFinite(speed) || speed <= 0) {
            throw new IllegalArgumentException("speed must be a finite number > 0, was " + speed);
        }
        LiveTradesFormat.channel(pair);
    }

    /** The channel served, {@code live_trades_<pair>}. */
    public String channel() {
        return LiveTradesFormat.channel(pair);
    }
}

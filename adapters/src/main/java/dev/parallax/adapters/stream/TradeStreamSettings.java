package dev.parallax.adapters.stream;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a {@link TradeStreamSource} connects and how much it holds.
 *
 * @param url            the WebSocket address, {@code ws://} or {@code wss://} (Bitstamp: {@code wss://ws.bitstamp.net})
 * @param pair           Bitstamp's pair name; the channel is {@code live_trades_<pair>}
 * @param symbol         the symbol of the {@code TradeTick}s read
 * @param connectTimeout the longest wait for the connection and the WebSocket handshake, 1 ms to 10 minutes
 * @param queueCapacity  the most trades held between the socket and the reader, 1 to {@value #MAX_QUEUE_CAPACITY}
 */
public record TradeStreamSettings(URI url, String pair, String symbol, Duration connectTimeout, int queueCapacity) {

    /** The default wait for the connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default queue: about a minute of Bitstamp's busiest BTC/USD minutes. */
    public static final int DEFAULT_QUEUE_CAPACITY = 65_536;
    /** The largest queue accepted. */
    public static final int MAX_QUEUE_CAPACITY = 1 << 24;

    /** Validates the fields. */
    public TradeStreamSettings {
        notNull("url", url);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss") || url.getHost() == null) {
            throw new IllegalArgumentException("url must be a ws:// or wss:// address with a host, was '" + url + "'");
        }
        LiveTradesFormat.channel(pair);
        notBlank("symbol", symbol);
        notNull("connectTimeout", connectTimeout);
        if (connectTimeout.compareTo(Duration.ofMillis(1)) < 0 || connectTimeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("connectTimeout must be between 1 ms and 10 minutes, was " + connectTimeout);
        }
        if (queueCapacity < 1 || queueCapacity > MAX_QUEUE_CAPACITY) {
            throw new IllegalArgumentException("queueCapacity must be between 1 and " + MAX_QUEUE_CAPACITY + ", was "
                    + queueCapacity);
        }
    }

    /** The stream of {@code pair} at {@code url}, with the default timeout and queue. */
    public static TradeStreamSettings of(URI url, String pair, String symbol) {
        return new TradeStreamSettings(url, pair, symbol, DEFAULT_CONNECT_TIMEOUT, DEFAULT_QUEUE_CAPACITY);
    }

    /** With another connect timeout. */
    public TradeStreamSettings withConnectTimeout(Duration timeout) {
        return new TradeStreamSettings(url, pair, symbol, timeout, queueCapacity);
    }

    /** With another queue capacity. */
    public TradeStreamSettings withQueueCapacity(int capacity) {
        return new TradeStreamSettings(url, pair, symbol, connectTimeout, capacity);
    }

    /** The channel subscribed to, {@code live_trades_<pair>}. */
    public String channel() {
        return LiveTradesFormat.channel(pair);
    }
}

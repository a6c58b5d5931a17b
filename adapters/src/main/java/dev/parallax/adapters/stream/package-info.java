/**
 * Live market data over WebSocket, in the format of Bitstamp's public WebSocket API v2
 * ({@code wss://ws.bitstamp.net}, channel {@code live_trades_<pair>}).
 *
 * <p>{@link dev.parallax.adapters.stream.TradeStreamSource} is a
 * {@link dev.parallax.sim.api.data.MarketDataSource} of the trades printed on such a channel, read with
 * the JDK's {@code java.net.http.WebSocket}. {@link dev.parallax.adapters.stream.TradeReplayServer}
 * serves a trades file as that channel on 127.0.0.1, at a chosen speed-up, for tests and for
 * rehearsing. {@link dev.parallax.adapters.stream.LiveTradesFormat} is the wire format both use.
 *
 * <p>Null policy: no method accepts or returns {@code null}, except where a method says so.
 */
package dev.parallax.adapters.stream;

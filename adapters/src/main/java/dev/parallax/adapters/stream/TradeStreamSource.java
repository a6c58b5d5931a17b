package dev.parallax.adapters.stream;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trades printed on a Bitstamp-style {@code live_trades_<pair>} WebSocket channel, as a
 * {@link MarketDataSource} of {@link TradeTick}s (format: {@link LiveTradesFormat}). Read with the
 * JDK's {@code java.net.http.WebSocket}.
 *
 * <p>{@link #open} connects (within the settings' connect timeout, or fails naming the address) and
 * subscribes. The socket's thread reads each message, checks it, and puts the trade in a bounded
 * queue; {@link #hasNext()} waits for the next trade or the end. The stream ends when the server
 * closes it normally (code 1000) or when {@link #close()} is called. It fails, after the trades
 * already waiting, with:
 * <ul>
 *   <li>{@link IllegalArgumentException} naming the message number, the address and an excerpt, for a
 *       message that is not JSON, longer than {@link LiveTradesFormat#MAX_MESSAGE_CHARS}, nested deeper
 *       than {@link LiveTradesFormat#MAX_NESTING_DEPTH}, or a trade that is malformed, non-positive,
 *       non-finite, or earlier than the trade before it (naming both trade ids); for {@code bts:error};</li>
 *   <li>{@link ReaderFellBehindException} when a trade arrives while the queue is full: it names how
 *       many were waiting. No trade is ever dropped silently;</li>
 *   <li>{@link UncheckedIOException} when the connection is lost, closed with another code, or a
 *       reconnection fails.</li>
 * </ul>
 * Once it failed the connection is dropped. Heartbeat answers and subscription confirmations are read
 * and passed over, and so are messages of other channels and events. Trades may share a time.
 *
 * <p>{@code bts:request_reconnect} (the server is about to go down for maintenance) is handled as
 * Bitstamp documents it: the stream opens a new connection to the same address and subscribes
 * again, then closes the old one; trades keep coming from the old connection until then. Trades
 * that arrive on both are delivered once (after a reconnection a trade whose id is not above the
 * last delivered one is a copy); trades printed while neither connection was subscribed are lost,
 * as with any reconnection.
 *
 * <p>One thread reads it; {@link #close()} may be called from any thread, and wakes a reader waiting
 * in {@link #hasNext()}, which then returns false.
 */
public final class TradeStreamSource implements MarketDataSource {

    private static final Logger LOG = LoggerFactory.getLogger(TradeStreamSource.class);
    private static final long CLOSE_WAIT_MILLIS = 1_000;

    private final TradeStreamSettings settings;
    private final String name;
    private final TradeQueue queue;
    private final HttpClient http;
    private final TradeOrder order = new TradeOrder();
    private final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
    /** The connection whose end ends the stream; an older one may still deliver trades. */
    private volatile Listener current;
    private volatile boolean closed;
    private long messages;
    private TradeTick next;

    private TradeStreamSource(TradeStreamSettings settings) {
        this.settings = settings;
        this.name = settings.url() + " " + settings.channel();
        this.queue = new TradeQueue(settings.queueCapacity());
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    /**
     * Connects to the settings' address and subscribes to the pair's live trades channel.
     *
     * @throws UncheckedIOException if the connection or the handshake fails or takes longer than the
     *                              connect timeout; the message names the address
     */
    public static TradeStreamSource open(TradeStreamSettings settings) {
        notNull("settings", settings);
        TradeStreamSource source = new TradeStreamSource(settings);
        CompletableFuture<WebSocket> opening = source.connect();
        long timeoutMillis = settings.connectTimeout().toMillis();
        try {
            opening.get(2 * timeoutMillis + CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            opening.cancel(true);
            source.dropConnections();
            throw new UncheckedIOException(new IOException("could not connect to " + settings.url() + " within "
                    + timeoutMillis + " ms"));
        } catch (ExecutionException e) {
            source.dropConnections();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new UncheckedIOException("could not connect to " + settings.url() + ": " + describe(cause),
                    cause instanceof IOException io ? io : new IOException(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            opening.cancel(true);
            source.dropConnections();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while connecting to " + settings.url()));
        }
        return source;
    }

    /** Opens a connection that becomes the current one, and subscribes on it; completes once subscribed. */
    private CompletableFuture<WebSocket> connect() {
        Listener listener = new Listener();
        current = listener;
        return http.newWebSocketBuilder()
                .connectTimeout(settings.connectTimeout())
                .buildAsync(settings.url(), listener)
                .thenCompose(ws -> {
                    sockets.add(ws);
                    if (closed) {
                        ws.abort();
                    }
                    return ws.sendText(LiveTradesFormat.subscribe(settings.channel()), true)
                            .orTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
                });
    }

    /** The settings this stream was opened with. */
    public TradeStreamSettings settings() {
        return settings;
    }

    /** Waits for the next trade; false at the end of the stream or once closed. */
    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (closed) {
            return false;
        }
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while waiting for a trade from " + name));
        }
        return next != null;
    }

    /** The next trade, waiting for it. */
    @Override
    public MarketEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more trades from " + name);
        }
        TradeTick trade = next;
        next = null;
        return trade;
    }

    /**
     * Stops reading: drops the trades waiting, sends a close (code 1000) and drops the connection if
     * the server has not answered it within a second. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        next = null;
        queue.discard();
        for (WebSocket ws : sockets) {
            closeNormally(ws);
        }
        dropConnections();
    }

    /** True once the socket's side is done: ended, failed or closed (for tests). */
    boolean finished() {
        return queue.ended();
    }

    private void closeNormally(WebSocket ws) {
        if (ws.isOutputClosed()) {
            return;
        }
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "closed by the reader").get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("{}: close not sent: {}", name, describe(e));
        }
    }

    private void dropConnections() {
        for (WebSocket ws : sockets) {
            ws.abort();
        }
    }

    private void fail(RuntimeException cause) {
        queue.fail(cause);
        dropConnections();
    }

    /** The first message in {@code t}'s chain of causes, or its class name when none has one. */
    private static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                return c.getMessage();
            }
        }
        return t.getClass().getSimpleName();
    }

    /** Handles one whole message of any connection; connections take turns through the lock. */
    private synchronized void handle(Listener from, WebSocket socket, String message) {
        messages++;
        StreamMessage parsed;
        try {
            parsed = LiveTradesFormat.parse(message);
        } catch (IllegalArgumentException e) {
            fail(refused(e.getMessage(), message, e));
            return;
        }
        switch (parsed.event()) {
            case LiveTradesFormat.TRADE -> {
                if (parsed.channel().equals(settings.channel())) {
                    trade(parsed, message);
                } else {
                    LOG.debug("{}: passed over a trade of channel {}", name, parsed.channel());
                }
            }
            case LiveTradesFormat.SUBSCRIPTION_SUCCEEDED, LiveTradesFormat.HEARTBEAT ->
                    LOG.debug("{}: {}", name, parsed.event());
            case LiveTradesFormat.REQUEST_RECONNECT -> {
                if (from == current) {
                    reconnect(socket);
                }
            }
            case LiveTradesFormat.ERROR -> fail(refused("the server refused the request: "
                    + LiveTradesFormat.excerpt(parsed.data().path("message").asText(parsed.data().toString())), message, null));
            default -> LOG.debug("{}: passed over event {}", name, parsed.event());
        }
    }

    private void trade(StreamMessage parsed, String message) {
        StreamTrade read;
        try {
            read = LiveTradesFormat.readTrade(parsed, settings.symbol());
            if (!order.admit(read)) {
                return;
            }
        } catch (IllegalArgumentException e) {
            fail(refused(e.getMessage(), message, e));
            return;
        }
        if (!queue.offer(read.trade())) {
            fail(new ReaderFellBehindException(name, queue.capacity(), read.id()));
            return;
        }
        order.delivered(read);
    }

    /** Opens a new connection; once it is subscribed the old one is closed. */
    private void reconnect(WebSocket old) {
        LOG.info("{} asked to reconnect (bts:request_reconnect) after trade {}; connecting again", name, order.lastId());
        order.reconnecting();
        long after = order.lastId();
        connect().whenComplete((ws, error) -> {
            if (error != null) {
                fail(new UncheckedIOException("could not reconnect to " + name + " after bts:request_reconnect (last trade "
                        + after + "): " + describe(error), error instanceof IOException io ? io : new IOException(error)));
            } else {
                old.sendClose(WebSocket.NORMAL_CLOSURE, "reconnected");
                sockets.remove(old);
            }
        });
    }

    private IllegalArgumentException refused(String reason, String message, Throwable cause) {
        return new IllegalArgumentException(name + " message " + messages + ": " + reason + ": "
                + LiveTradesFormat.excerpt(message), cause);
    }

    /** One connection: joins its text frames and reports its end; runs on that socket's thread, one call at a time. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (queue.ended()) {
                return null;
            }
            if (text.length() + data.length() > LiveTradesFormat.MAX_MESSAGE_CHARS) {
                String start = text.length() > 0 ? text.toString() : data.toString();
                text.setLength(0);
                synchronized (TradeStreamSource.this) {
                    messages++;
                    fail(refused("longer than the limit of " + LiveTradesFormat.MAX_MESSAGE_CHARS + " characters",
                            start, null));
                }
                return null;
            }
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                handle(this, webSocket, message);
            }
            if (!queue.ended()) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            synchronized (TradeStreamSource.this) {
                messages++;
                fail(refused("a binary message; the stream is text (JSON)", "", null));
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            sockets.remove(webSocket);
            if (this != current) {
                return null;
            }
            if (statusCode == WebSocket.NORMAL_CLOSURE || closed) {
                queue.end();
            } else {
                queue.fail(new UncheckedIOException(new IOException(name + " was closed by the server with code "
                        + statusCode + (reason.isEmpty() ? "" : ": " + LiveTradesFormat.excerpt(reason))
                        + " after " + messages + " messages")));
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            sockets.remove(webSocket);
            if (this != current) {
                return;
            }
            if (closed) {
                queue.end();
                return;
            }
            queue.fail(new UncheckedIOException("lost the connection to " + name + " after " + messages + " messages: "
                    + describe(error), error instanceof IOException io ? io : new IOException(error)));
        }
    }
}

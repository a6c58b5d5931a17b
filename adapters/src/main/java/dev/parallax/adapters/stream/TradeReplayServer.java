package dev.parallax.adapters.stream;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.TradeTick;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A WebSocket server on 127.0.0.1 that replays a trades file as a Bitstamp {@code live_trades_<pair>}
 * channel ({@link LiveTradesFormat}), for tests and for rehearsing against recorded data with
 * {@link TradeStreamSource}. Built on Jetty's WebSocket server.
 *
 * <p>Each connection that subscribes to the channel gets the whole file from its start, paced from
 * the moment it subscribed ({@link ReplayPace}: the gaps between trades divided by the speed-up), the
 * trades numbered 1, 2, 3, ... in file order; at the end of the file the server closes that
 * connection with code 1000. Two subscribers get the same messages. A file that turns out bad while
 * it is replayed closes the connection with code 1011 and the reason. The server answers
 * {@code bts:heartbeat}, {@code bts:unsubscribe} (the replay stops), and refuses other channels and
 * events with {@code bts:error}. While a replay waits for its next trade it pings the subscriber every
 * 40 seconds, so a long gap (the bundled file has one of 21 minutes) does not end the connection as
 * idle; a subscriber that answers no ping for 2 minutes is dropped.
 *
 * <p>{@link #start} reads the file through once to count its trades, so a missing file or, in strict
 * mode, a bad row is an error before the server listens.
 */
public final class TradeReplayServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    /** A connection silent for this long is closed; replays ping well within it while waiting. */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(2);

    private final Server server;
    private final URI url;
    private final long trades;
    private final ReplayTally tally;

    private TradeReplayServer(Server server, URI url, long trades, ReplayTally tally) {
        this.server = server;
        this.url = url;
        this.trades = trades;
        this.tally = tally;
    }

    /**
     * Counts the trades of {@code file} and starts serving them.
     *
     * @throws IllegalArgumentException if the file cannot be read as trades (it names the file and the row)
     * @throws UncheckedIOException     if the port cannot be bound
     */
    public static TradeReplayServer start(TradeFile file, ReplaySettings settings) {
        return start(file, settings, IDLE_TIMEOUT);
    }

    /** {@link #start(TradeFile, ReplaySettings)} with another idle timeout (tests). */
    static TradeReplayServer start(TradeFile file, ReplaySettings settings, Duration idleTimeout) {
        notNull("file", file);
        notNull("settings", settings);
        long count = count(file);
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("parallax-replay-server");
        threads.setDaemon(true);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(HOST);
        connector.setPort(settings.port());
        server.addConnector(connector);
        ContextHandler context = new ContextHandler("/");
        ReplayTally tally = new ReplayTally();
        context.setHandler(WebSocketUpgradeHandler.from(server, context, container -> {
            container.setMaxTextMessageSize(LiveTradesFormat.MAX_MESSAGE_CHARS);
            container.setIdleTimeout(idleTimeout);
            Duration keepAlive = idleTimeout.dividedBy(3);
            container.addMapping("/", (request, response, callback) -> new ReplaySession(file, settings, tally, keepAlive));
        }));
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server, e);
            throw new UncheckedIOException("could not start the replay server on " + HOST + ":" + settings.port() + ": "
                    + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
        }
        URI url = URI.create("ws://" + HOST + ":" + connector.getLocalPort() + "/");
        return new TradeReplayServer(server, url, count, tally);
    }

    /** The address to give a {@link TradeStreamSource}: {@code ws://127.0.0.1:PORT/}. */
    public URI url() {
        return url;
    }

    /** The port the server listens on. */
    public int port() {
        return url.getPort();
    }

    /** The number of trades in the file, which each subscriber receives. */
    public long trades() {
        return trades;
    }

    /** The number of subscribers that received the whole file. */
    public int completedReplays() {
        return tally.completed();
    }

    /**
     * Waits until a subscriber received the whole file and no replay is still running.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void awaitReplayed() throws InterruptedException {
        tally.awaitReplayed();
    }

    /** Stops the server: every connection is dropped and every replay stops. Closing twice does nothing. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the replay server at " + url + ": " + e.getMessage(), e);
        }
    }

    private static long count(TradeFile file) {
        long count = 0;
        try (MarketDataSource source = file.open()) {
            while (source.hasNext()) {
                if (source.next() instanceof TradeTick) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void stopQuietly(Server server, Exception cause) {
        try {
            server.stop();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}

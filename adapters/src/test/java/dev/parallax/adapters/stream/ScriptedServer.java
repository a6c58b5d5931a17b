package dev.parallax.adapters.stream;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A Jetty WebSocket endpoint on 127.0.0.1 for tests: when a client sends anything, it answers with the
 * scripted messages in order, then closes with the given code, or keeps the connection open when the
 * code is 0. It counts the connections the client closed or dropped. Public, with a public endpoint:
 * Jetty calls endpoints through public method handles.
 */
public final class ScriptedServer implements AutoCloseable {

    private final Server server;
    /** A script that refuses the connection with HTTP 503. */
    static final List<String> REFUSE = List.of("refuse");

    private final URI url;
    private final AtomicInteger connections = new AtomicInteger();
    /** Counts down when the connection ends, by either side. */
    final CountDownLatch ended = new CountDownLatch(1);

    /** Every connection gets {@code script}, then a close with {@code closeCode} (0: none). */
    ScriptedServer(List<String> script, int closeCode) throws Exception {
        this(closeCode, List.of(script));
    }

    /**
     * Connection {@code i} (from 0) gets {@code scripts.get(i)} (the last script once they run out); the
     * last script's connections are closed with {@code closeCode} (0: none), the others are left open.
     */
    static ScriptedServer perConnection(List<List<String>> scripts, int closeCode) throws Exception {
        return new ScriptedServer(closeCode, scripts);
    }

    private ScriptedServer(int closeCode, List<List<String>> scripts) throws Exception {
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setDaemon(true);
        server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ContextHandler context = new ContextHandler("/");
        context.setHandler(WebSocketUpgradeHandler.from(server, context, container -> {
            container.setMaxTextMessageSize(1 << 22);
            container.setIdleTimeout(Duration.ofSeconds(30));
            container.addMapping("/", (rq, rs, cb) -> {
                int i = Math.min(connections.getAndIncrement(), scripts.size() - 1);
                if (scripts.get(i) == REFUSE) {
                    Response.writeError(rq, rs, cb, 503);
                    return null;
                }
                return new Endpoint(scripts.get(i), i == scripts.size() - 1 ? closeCode : 0);
            });
        }));
        server.setHandler(context);
        server.start();
        url = URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/");
    }

    /** The number of connections opened so far. */
    int connections() {
        return connections.get();
    }

    URI url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    public final class Endpoint implements Session.Listener.AutoDemanding {
        private final List<String> script;
        private final int closeCode;
        private Session session;
        private boolean answered;

        Endpoint(List<String> script, int closeCode) {
            this.script = script;
            this.closeCode = closeCode;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
        }

        @Override
        public void onWebSocketText(String text) {
            if (answered) {
                return;
            }
            answered = true;
            for (String message : script) {
                CompletableFuture<Void> written = new CompletableFuture<>();
                session.sendText(message, Callback.from(() -> written.complete(null), written::completeExceptionally));
                written.join();
            }
            if (closeCode != 0) {
                session.close(closeCode, "scripted close", Callback.NOOP);
            }
        }

        @Override
        public void onWebSocketClose(int statusCode, String reason) {
            ended.countDown();
        }
    }
}

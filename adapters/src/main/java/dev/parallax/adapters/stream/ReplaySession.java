package dev.parallax.adapters.stream;

import dev.parallax.sim.api.data.MarketDataSource;
import dev.parallax.sim.api.data.MarketEvent;
import dev.parallax.sim.api.data.TradeTick;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber of a {@link TradeReplayServer}: answers its requests and, once it subscribed to the
 * server's channel, replays the whole file to it from the start on a thread of its own, numbering the
 * trades 1, 2, 3, ... in file order, then closes the connection with code 1000. A file that fails to
 * read closes it with code 1011 and the reason. Public only because Jetty calls an endpoint through
 * public method handles; only {@link TradeReplayServer} makes one.
 */
public final class ReplaySession implements Session.Listener.AutoDemanding {

    private static final Logger LOG = LoggerFactory.getLogger(ReplaySession.class);
    /** A close reason may hold at most 123 bytes of UTF-8 (RFC 6455, 5.5). */
    private static final int MAX_REASON_BYTES = 123;

    private final TradeFile trades;
    private final ReplaySettings settings;
    private final ReplayTally tally;
    private final long keepAliveNanos;
    private volatile Session session;
    private volatile Thread replay;

    ReplaySession(TradeFile trades, ReplaySettings settings, ReplayTally tally, Duration keepAlive) {
        this.trades = trades;
        this.settings = settings;
        this.tally = tally;
        this.keepAliveNanos = keepAlive.toNanos();
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        this.session = opened;
    }

    @Override
    public void onWebSocketText(String text) {
        StreamMessage message;
        try {
            message = LiveTradesFormat.parse(text);
        } catch (IllegalArgumentException e) {
            send(LiveTradesFormat.error("bad message: " + e.getMessage()));
            return;
        }
        switch (message.event()) {
            case LiveTradesFormat.SUBSCRIBE -> subscribe(message.data().path("channel").asText(""));
            case LiveTradesFormat.UNSUBSCRIBE -> {
                stopReplay();
                send(LiveTradesFormat.unsubscriptionSucceeded(settings.channel()));
            }
            case LiveTradesFormat.HEARTBEAT -> send(LiveTradesFormat.heartbeatAnswer());
            default -> send(LiveTradesFormat.error("unknown event '" + LiveTradesFormat.excerpt(message.event()) + "'"));
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        stopReplay();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("replay connection failed: {}", cause.toString());
        stopReplay();
    }

    private synchronized void subscribe(String channel) {
        if (!channel.equals(settings.channel())) {
            send(LiveTradesFormat.error("unknown channel '" + LiveTradesFormat.excerpt(channel) + "'; this server replays "
                    + settings.channel()));
            return;
        }
        if (replay != null) {
            send(LiveTradesFormat.error("already subscribed to " + settings.channel()));
            return;
        }
        send(LiveTradesFormat.subscriptionSucceeded(settings.channel()));
        Thread thread = new Thread(this::replay, "parallax-replay-" + tally.started());
        thread.setDaemon(true);
        replay = thread;
        thread.start();
    }

    private synchronized void stopReplay() {
        Thread thread = replay;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void replay() {
        long sent = 0;
        try (MarketDataSource source = trades.open()) {
            ReplayPace pace = null;
            while (source.hasNext() && !Thread.currentThread().isInterrupted()) {
                MarketEvent event = source.next();
                if (!(event instanceof TradeTick trade)) {
                    continue;
                }
                if (pace == null) {
                    pace = new ReplayPace(trade.timeNanos(), System.nanoTime(), settings.speed());
                }
                if (!waitUntil(pace.dueNanos(trade.timeNanos()))) {
                    break;
                }
                sent++;
                if (!sendAndWait(LiveTradesFormat.trade(settings.channel(), sent, trade))) {
                    break;
                }
            }
            if (!Thread.currentThread().isInterrupted() && session.isOpen()) {
                tally.replayed(sent);
                session.close(StatusCode.NORMAL, "end of " + reason(trades.name()), Callback.NOOP);
            }
        } catch (RuntimeException e) {
            LOG.warn("replay of {} stopped after {} trades: {}", trades.name(), sent, e.getMessage());
            session.close(StatusCode.SERVER_ERROR, reason(e.getMessage() == null ? e.toString() : e.getMessage()),
                    Callback.NOOP);
        } finally {
            tally.ended();
        }
    }

    /**
     * Sleeps until {@code due} ({@code System.nanoTime()} terms), pinging the subscriber after each
     * keep-alive interval of waiting so the connection is not closed as idle; false if interrupted.
     */
    private boolean waitUntil(long due) {
        long pingAt = System.nanoTime() + keepAliveNanos;
        long now;
        while ((now = System.nanoTime()) - due < 0) {
            if (now - pingAt >= 0) {
                session.sendPing(ByteBuffer.allocate(0), Callback.NOOP);
                pingAt = now + keepAliveNanos;
            }
            LockSupport.parkNanos(Math.min(due - now, pingAt - now));
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
        return !Thread.currentThread().isInterrupted();
    }

    /** Sends and waits until the message is written, so a slow subscriber slows its own replay only. */
    private boolean sendAndWait(String text) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        session.sendText(text, Callback.from(() -> written.complete(null), written::completeExceptionally));
        try {
            written.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            LOG.debug("replay to a subscriber stopped: {}", e.getCause().toString());
            return false;
        }
    }

    private void send(String text) {
        Session s = session;
        if (s != null && s.isOpen()) {
            s.sendText(text, Callback.NOOP);
        }
    }

    /** {@code text} cut to fit a close frame's reason. */
    static String reason(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        byte[] bytes = oneLine.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return oneLine;
        }
        int end = Math.min(oneLine.length(), MAX_REASON_BYTES - 3);
        while (end > 0 && (oneLine.substring(0, end) + "...").getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
            end--;
        }
        return oneLine.substring(0, end) + "...";
    }
}

package dev.parallax.live;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertSink;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that delivers a tracker's alerts to its sinks, so recording never waits for a
 * sink. It reads the outboxes (the durable one first, then the one in memory), sends each alert to
 * every sink that has not taken it yet, and reports it delivered once all have; a failed alert is
 * tried again after {@link AlertDelivery#backoffAfter} and does not hold back the alerts behind it.
 * Delivery is at least once: a sink may see an alert again after a crash or when another sink failed
 * and the process restarted before it succeeded.
 */
final class AlertSender {

    private static final Logger LOG = LoggerFactory.getLogger(AlertSender.class);
    private static final int BATCH = 1_000;
    private static final long IDLE_NANOS = Duration.ofSeconds(1).toNanos();

    private final String strategy;
    private final List<AlertSink> sinks;
    private final List<AlertOutbox> outboxes;
    private final AlertDelivery delivery;
    private final Thread thread;
    private final Object signal = new Object();
    private final Map<String, Attempts> attempts = new HashMap<>();
    private boolean woken;
    private volatile boolean stopping;
    private volatile long drainDeadline;

    AlertSender(String strategy, List<AlertSink> sinks, List<AlertOutbox> outboxes, AlertDelivery delivery) {
        this.strategy = strategy;
        this.sinks = List.copyOf(sinks);
        this.outboxes = List.copyOf(outboxes);
        this.delivery = delivery;
        this.thread = new Thread(this::run, "parallax-alerts-" + strategy);
        this.thread.setDaemon(true);
    }

    /** Starts the thread, which first delivers what the outboxes already hold. */
    void start() {
        thread.start();
    }

    /** Tells the thread that there is something new to deliver. */
    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * Asks the thread to deliver what is waiting for at most {@link AlertDelivery#drainTimeout} and
     * then end, and waits for it that long (plus a little). A sink that blocks past the deadline is
     * left blocked in the daemon thread; its alert stays undelivered for the next open. A second
     * call returns at once.
     */
    synchronized void stop() {
        if (stopping) {
            return;
        }
        drainDeadline = System.nanoTime() + delivery.drainTimeout().toNanos();
        stopping = true;
        wake();
        try {
            thread.join(delivery.drainTimeout().toMillis() + 100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("alert sender of strategy {} did not finish within {}; undelivered alerts stay in the outbox "
                    + "and are delivered when the tracker is opened again", strategy, delivery.drainTimeout());
        }
    }

    /** True while the thread runs. */
    boolean running() {
        return thread.isAlive();
    }

    private void run() {
        int outboxFailures = 0;
        while (!(stopping && System.nanoTime() - drainDeadline >= 0)) {
            long wait;
            try {
                wait = deliverWaiting();
                outboxFailures = 0;
            } catch (RuntimeException e) {
                outboxFailures++;
                LOG.error("alert sender of strategy {} could not read or update the outbox: {}; undelivered alerts "
                        + "stay there", strategy, e.getMessage(), e);
                if (stopping) {
                    return;
                }
                wait = delivery.backoffAfter(outboxFailures).toNanos();
            }
            if (wait < 0) {
                return; // stopping and nothing left
            }
            pause(wait);
        }
    }

    /** One pass over the outboxes: nanoseconds to wait before the next, or -1 to end the thread. */
    private long deliverWaiting() {
        long next = IDLE_NANOS;
        boolean any = false;
        for (AlertOutbox outbox : outboxes) {
            for (Alert alert : outbox.pending(BATCH)) {
                any = true;
                if (stopping && System.nanoTime() - drainDeadline >= 0) {
                    return -1;
                }
                Attempts tried = attempts.computeIfAbsent(alert.id(), id -> new Attempts());
                long now = System.nanoTime();
                if (now - tried.due < 0) {
                    next = Math.min(next, tried.due - now);
                    continue;
                }
                if (deliver(alert, tried)) {
                    outbox.delivered(alert);
                    attempts.remove(alert.id());
                } else {
                    tried.failures++;
                    long backoff = delivery.backoffAfter(tried.failures).toNanos();
                    tried.due = System.nanoTime() + backoff;
                    next = Math.min(next, backoff);
                }
            }
        }
        return !any && stopping ? -1 : next;
    }

    /** Sends {@code alert} to each sink that has not taken it; true once all have. */
    private boolean deliver(Alert alert, Attempts tried) {
        for (int i = 0; i < sinks.size(); i++) {
            if (tried.tookIt.get(i)) {
                continue;
            }
            AlertSink sink = sinks.get(i);
            try {
                sink.send(alert);
                tried.tookIt.set(i);
            } catch (RuntimeException e) {
                LOG.warn("alert sink '{}' failed to deliver {} alert {} {} of strategy {} (attempt {}), will retry: {}",
                        sink.name(), alert.source().label(), alert.kind(), alert.id(), strategy, tried.failures + 1,
                        e.getMessage());
            }
        }
        return tried.tookIt.cardinality() == sinks.size();
    }

    private void pause(long nanos) {
        synchronized (signal) {
            long deadline = System.nanoTime() + nanos;
            try {
                while (!woken) {
                    long left = deadline - System.nanoTime();
                    if (stopping) {
                        left = Math.min(left, drainDeadline - System.nanoTime());
                    }
                    if (left <= 0) {
                        break;
                    }
                    signal.wait(Math.max(1, left / 1_000_000), 0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                drainDeadline = System.nanoTime();
                stopping = true;
            }
            woken = false;
        }
    }

    /** What happened to one alert so far in this process. */
    private static final class Attempts {
        private final BitSet tookIt = new BitSet();
        private int failures;
        private long due = System.nanoTime();
    }
}

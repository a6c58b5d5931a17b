package dev.parallax.live;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A sink that keeps what it was sent and can fail a given number of times first. */
final class CollectingSink implements AlertSink {

    private final List<Alert> received = new ArrayList<>();
    private int failuresLeft;
    private int calls;

    CollectingSink() {
        this(0);
    }

    CollectingSink(int failures) {
        this.failuresLeft = failures;
    }

    @Override
    public String name() {
        return "collecting";
    }

    @Override
    public synchronized void send(Alert alert) {
        calls++;
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("receiver down (" + failuresLeft + " more failures to come)");
        }
        received.add(alert);
        notifyAll();
    }

    synchronized List<Alert> received() {
        return List.copyOf(received);
    }

    synchronized int calls() {
        return calls;
    }

    /** Waits up to {@code seconds} for {@code count} alerts; returns what arrived. */
    synchronized List<Alert> await(int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (received.size() < count && deadline - System.nanoTime() > 0) {
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        return List.copyOf(received);
    }
}

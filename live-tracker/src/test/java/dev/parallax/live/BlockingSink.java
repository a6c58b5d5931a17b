package dev.parallax.live;

import dev.parallax.alert.Alert;
import dev.parallax.alert.AlertSink;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A sink that hangs in {@code send}, like a webhook that never answers, until it is released. */
final class BlockingSink implements AlertSink {

    final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public String name() {
        return "blocking";
    }

    @Override
    public void send(Alert alert) {
        entered.countDown();
        try {
            release.await(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets every waiting and later {@code send} return. */
    void release() {
        release.countDown();
    }
}

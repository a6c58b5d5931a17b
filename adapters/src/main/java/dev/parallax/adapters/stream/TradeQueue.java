package dev.parallax.adapters.stream;

import dev.parallax.sim.api.data.TradeTick;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded hand-over between the socket's thread (one producer) and the reader (one consumer):
 * trades in arrival order, then an end or a failure. Once ended or failed it takes nothing more; the
 * trades already in it are still taken before the failure is thrown, except after {@link #discard()}.
 */
final class TradeQueue {

    private final TradeTick[] ring;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int head;
    private int size;
    private boolean ended;
    private RuntimeException failure;

    TradeQueue(int capacity) {
        this.ring = new TradeTick[capacity];
    }

    /** Adds a trade; false if the queue is full. A queue that has ended takes it without keeping it. */
    boolean offer(TradeTick trade) {
        lock.lock();
        try {
            if (ended) {
                return true;
            }
            if (size == ring.length) {
                return false;
            }
            ring[(head + size) % ring.length] = trade;
            size++;
            changed.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** No trade follows. Does nothing if the queue has ended already. */
    void end() {
        finish(null);
    }

    /** No trade follows; {@link #take} throws {@code cause} once the waiting trades are taken. */
    void fail(RuntimeException cause) {
        finish(cause);
    }

    /** Drops the waiting trades and ends the queue (the reader closed the stream). */
    void discard() {
        lock.lock();
        try {
            Arrays.fill(ring, null);
            size = 0;
            ended = true;
            failure = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The number of trades waiting. */
    int size() {
        lock.lock();
        try {
            return size;
        } finally {
            lock.unlock();
        }
    }

    /** The most trades the queue holds. */
    int capacity() {
        return ring.length;
    }

    /** True once no trade will be added. */
    boolean ended() {
        lock.lock();
        try {
            return ended;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next trade, waiting for it; {@code null} at a clean end.
     *
     * @throws RuntimeException     the failure, once every waiting trade was taken
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    TradeTick take() throws InterruptedException {
        lock.lock();
        try {
            while (size == 0 && !ended) {
                changed.await(1, TimeUnit.SECONDS);
            }
            if (size > 0) {
                TradeTick trade = ring[head];
                ring[head] = null;
                head = (head + 1) % ring.length;
                size--;
                return trade;
            }
            if (failure != null) {
                throw failure;
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void finish(RuntimeException cause) {
        lock.lock();
        try {
            if (!ended) {
                ended = true;
                failure = cause;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}

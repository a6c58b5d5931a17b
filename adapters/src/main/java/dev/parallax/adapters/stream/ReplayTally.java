package dev.parallax.adapters.stream;

/** The replays of one server: how many started, are running, and went to the end of the file. */
final class ReplayTally {

    private int started;
    private int running;
    private int completed;
    private long lastTradesSent = -1;

    /** Counts a replay that starts; returns its number, from 1. */
    synchronized int started() {
        started++;
        running++;
        return started;
    }

    /** A replay sent every trade ({@code trades} of them). */
    synchronized void replayed(long trades) {
        completed++;
        lastTradesSent = trades;
    }

    /** A replay ended, whether it reached the end or not. */
    synchronized void ended() {
        running--;
        notifyAll();
    }

    /** The number of replays that reached the end of the file. */
    synchronized int completed() {
        return completed;
    }

    /** Waits until a replay reached the end of the file and none is running. */
    synchronized void awaitReplayed() throws InterruptedException {
        while (completed == 0 || running > 0) {
            wait();
        }
    }

    /** The number of trades the last complete replay sent, or -1 before one. */
    synchronized long lastTradesSent() {
        return lastTradesSent;
    }
}

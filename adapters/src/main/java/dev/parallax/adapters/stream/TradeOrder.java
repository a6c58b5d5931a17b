package dev.parallax.adapters.stream;

/**
 * The order check of a trade stream: a trade earlier than the one before is an error, and after a
 * reconnection, while the old and the new connection overlap, a trade whose id is not above the last
 * one delivered is a copy and is passed over (Bitstamp numbers its trades in increasing order). Not
 * thread-safe: the caller holds a lock.
 */
final class TradeOrder {

    private long lastTime = Long.MIN_VALUE;
    private long lastId = -1;
    private boolean reconnected;
    private long copies;

    /**
     * True if {@code trade} is to be delivered, false if it is a copy seen again after a reconnection.
     *
     * @throws IllegalArgumentException naming both trades if it is earlier than the last one delivered
     */
    boolean admit(StreamTrade trade) {
        if (reconnected && lastId >= 0 && trade.id() <= lastId) {
            copies++;
            return false;
        }
        long time = trade.trade().timeNanos();
        if (time < lastTime) {
            throw new IllegalArgumentException("trade " + trade.id() + " at " + Math.floorDiv(time, 1_000L)
                    + " us is earlier than trade " + lastId + " at " + Math.floorDiv(lastTime, 1_000L)
                    + " us: time went backwards");
        }
        return true;
    }

    /** Records that {@code trade}, admitted, was delivered. */
    void delivered(StreamTrade trade) {
        lastTime = trade.trade().timeNanos();
        lastId = trade.id();
    }

    /** From now on trades may arrive twice, on the old and the new connection. */
    void reconnecting() {
        reconnected = true;
    }

    /** The id of the last trade delivered, or -1 before the first. */
    long lastId() {
        return lastId;
    }

    /** The number of copies passed over after reconnections. */
    long copies() {
        return copies;
    }
}

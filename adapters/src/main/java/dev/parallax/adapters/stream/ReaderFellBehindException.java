package dev.parallax.adapters.stream;

/**
 * Thrown by a {@link TradeStreamSource} whose reader did not keep up: a trade arrived while the
 * queue between the socket and the reader was full. The stream stops there rather than drop the
 * trade; the trades that were waiting are delivered before this is thrown.
 */
public final class ReaderFellBehindException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int waiting;

    ReaderFellBehindException(String source, int waiting, long tradeId) {
        super(source + ": the reader fell behind: " + waiting + " trades were waiting (the queue holds " + waiting
                + ") when trade " + tradeId + " arrived; the stream stopped instead of dropping it. Read faster or "
                + "give the stream a larger queue");
        this.waiting = waiting;
    }

    /** The number of trades that were waiting to be read, the queue's capacity. */
    public int waiting() {
        return waiting;
    }
}

package dev.parallax.parity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link TradeArchive} in a map, standing in for the live store in parity-core's tests: it
 * writes a checkpoint's trades and keeps its state together, as the store's one transaction does.
 */
final class MapArchive implements TradeArchive {

    private final Map<String, byte[]> trades = new HashMap<>();
    private byte[] state;

    /** Writes {@code checkpoint} as the store would: its trades and its state together. */
    void write(ParityCheckpoint checkpoint) {
        checkpoint.trades().forEach(trade -> trades.put(trade.tradeId(), trade.data()));
        state = checkpoint.state();
    }

    /** The state of the newest checkpoint written. */
    byte[] state() {
        return state;
    }

    /** Drops trade {@code tradeId}, as a damaged database might have. */
    void lose(String tradeId) {
        trades.remove(tradeId);
    }

    /** Replaces the bytes of trade {@code tradeId}. */
    void replace(String tradeId, byte[] data) {
        trades.put(tradeId, data);
    }

    @Override
    public Optional<byte[]> find(String tradeId) {
        return Optional.ofNullable(trades.get(tradeId));
    }

    @Override
    public long count() {
        return trades.size();
    }
}

package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.ledger.Ledger;
import dev.parallax.sim.api.Fill;
import java.util.ArrayList;
import java.util.List;

/**
 * Records a venue's executions in a live tracker as a client keeping trades oldest first books them:
 * a fill first closes the open trades of its symbol on the other side, oldest first, each with an
 * exit of at most its open size; what is left opens a trade. The fee is split by size. This is the
 * rule of a per-trade {@link Ledger} given a fill that names no trade, so the live books and the
 * backtest's agree.
 *
 * <p><b>Ids.</b> The first event takes the fill's order id as its id (the trade id of an entry, the
 * exit id of an exit, so parity compares it with the backtest's execution of that order); the
 * following ones take {@code <order id>/2}, {@code /3} and so on. A fill that closes one trade or
 * opens one therefore matches its backtest twin; one that closes several trades or reverses the
 * position is recorded in parts, and only its first part carries the order id.
 *
 * <p>Each event is recorded on its own, as {@link LiveExecutionTracker#recordExit} and
 * {@link LiveExecutionTracker#recordEntry} do: if one is refused (an entry while the circuit breaker
 * is tripped, say), the events before it stay recorded and the exception says which part failed.
 */
public final class ExecutionRecorder {

    private final LiveExecutionTracker tracker;

    /** Records in {@code tracker}, which must be writable. */
    public ExecutionRecorder(LiveExecutionTracker tracker) {
        this.tracker = notNull("tracker", tracker);
    }

    /**
     * Books {@code fill} and returns the events recorded, in order.
     *
     * @throws IllegalArgumentException if an event breaks a rule of the tracker (its message names
     *                                  the order and the part); the parts before it stay recorded
     * @throws EntryRefusedException    if what is left would open a trade and the circuit breaker
     *                                  refuses entries; the exits before it stay recorded
     */
    public List<LiveEvent> record(Fill fill) {
        notNull("fill", fill);
        List<LiveEvent> recorded = new ArrayList<>(2);
        double remaining = fill.size();
        for (OpenPosition trade : tracker.openPositions()) {
            if (remaining <= Ledger.SIZE_TOLERANCE * fill.size()) {
                break;
            }
            if (!trade.symbol().equals(fill.symbol()) || trade.side() == fill.side()) {
                continue;
            }
            double size = Math.min(remaining, trade.openSize());
            LiveExit exit = new LiveExit(trade.tradeId(), part(fill, recorded.size(), size));
            tracker.recordExit(exit);
            recorded.add(exit);
            remaining -= size;
        }
        if (remaining > Ledger.SIZE_TOLERANCE * fill.size()) {
            LiveEntry entry = new LiveEntry(part(fill, recorded.size(), remaining));
            tracker.recordEntry(entry);
            recorded.add(entry);
        }
        return List.copyOf(recorded);
    }

    /** Part {@code index} (from 0) of {@code fill}, of {@code size}, with its share of the fee and its id. */
    private static Fill part(Fill fill, int index, double size) {
        String id = index == 0 ? fill.orderId() : fill.orderId() + "/" + (index + 1);
        double fee = fill.fee() * size / fill.size(); // as the per-trade Ledger splits it, to the last bit
        return new Fill(id, fill.symbol(), fill.side(), fill.price(), size, fee, fill.fillType(), fill.latencyNanos(),
                fill.slippageBps(), fill.timeNanos(), fill.partial());
    }
}

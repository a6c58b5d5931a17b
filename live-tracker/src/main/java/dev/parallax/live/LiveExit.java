package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.time.Instant;

/**
 * A live fill that closed all or part of an open trade.
 *
 * @param tradeId id of the trade it closes, which must be open
 * @param exitId  id of this exit fill for the parity tracker (matched with the backtest's exit of
 *                the same id), unique among exits; empty when the exit is not compared, else at
 *                most 128 characters without control characters
 * @param size    quantity closed, finite, {@code > 0} and not above the open size
 * @param price   fill price, finite, {@code > 0} and at most {@link FillBounds#MAX_PRICE}; {@code size * price}
 *                at most {@link FillBounds#MAX_NOTIONAL}
 * @param fee     fee paid in account currency, finite, at most {@link FillBounds#MAX_FEE} in absolute
 *                value; negative for a rebate
 * @param time    when the venue filled it, not before the entry, and before 2262-04-12 (what the store keeps)
 * @param quality slippage and latency the venue reported
 */
public record LiveExit(String tradeId, String exitId, double size, double price, double fee, Instant time,
                       ExecutionQuality quality) implements LiveEvent {

    /** Validates every field; see the component descriptions for the rules. */
    public LiveExit {
        Identifiers.id("tradeId", tradeId);
        notNull("exitId", exitId);
        if (!exitId.isEmpty()) {
            Identifiers.id("exitId", exitId);
        }
        FillBounds.size("size", size);
        FillBounds.price("price", price);
        FillBounds.notional(size, price);
        FillBounds.fee("fee", fee);
        EventTimes.time("time", time);
        notNull("quality", quality);
    }

    /** An exit that is not compared with the backtest and has no reported slippage or latency. */
    public static LiveExit of(String tradeId, double size, double price, double fee, Instant time) {
        return new LiveExit(tradeId, "", size, price, fee, time, ExecutionQuality.NOT_REPORTED);
    }

    /** True when this exit goes to the parity tracker under {@link #exitId()}. */
    public boolean hasExitId() {
        return !exitId.isEmpty();
    }
}

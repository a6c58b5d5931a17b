package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.util.Optional;

/**
 * A live fill that closed all or part of an open trade. Its fill is of the trade's symbol and on
 * the closing side (a sell closes a long trade, a buy a short one); the tracker refuses any other.
 *
 * <p>A compared exit goes to the parity tracker under its fill's {@link Fill#orderId()}, its exit id,
 * which the backtest's exit fill of the same trade carries. An exit that is not compared (a bot that
 * reports no exit id) never reaches parity; its fill's order id is then its trade's id, by rule, and
 * {@link #exitId()} is empty. What the venue did not report is as for {@link LiveEntry}.
 *
 * @param tradeId  id of the trade it closes, which must be open
 * @param fill     the fill: order id (the exit id) unique among exits, at most 128 characters without
 *                 control characters; size finite, {@code > 0} and not above the open size; the other
 *                 values within the bounds of {@link LiveEntry}; time not before the entry
 * @param compared true when the exit is compared with the backtest under its order id
 */
public record LiveExit(String tradeId, Fill fill, boolean compared) implements FillEvent {

    /** Validates every field; see the component descriptions for the rules. */
    public LiveExit {
        Identifiers.id("tradeId", tradeId);
        notNull("fill", fill);
        Identifiers.id("exitId", fill.orderId());
        Identifiers.symbol("symbol", fill.symbol());
        if (!compared && !fill.orderId().equals(tradeId)) {
            throw new IllegalArgumentException("an exit that is not compared carries its trade's id '" + tradeId
                    + "' as its fill's order id, was '" + fill.orderId() + "'");
        }
        FillBounds.fill(fill);
    }

    /** A compared exit of trade {@code tradeId}: its exit id is {@code fill.orderId()}. */
    public LiveExit(String tradeId, Fill fill) {
        this(tradeId, fill, true);
    }

    /**
     * An exit that is not compared with the backtest, without a reported fill type, slippage or
     * latency: its fill's order id is {@code tradeId}.
     *
     * @param symbol the trade's symbol
     * @param side   the closing side: {@link Side#SELL} for a long trade, {@link Side#BUY} for a short one
     * @param time   when the venue filled it, between 1677-09-21 and 2262-04-11
     */
    public static LiveExit notCompared(String tradeId, String symbol, Side side, double size, double price,
                                       double fee, Instant time) {
        return new LiveExit(tradeId, LiveEntry.unreported(tradeId, symbol, side, size, price, fee, time), false);
    }

    /** The id parity matches this exit under: the fill's order id, or empty when it is not compared. */
    public String exitId() {
        return compared ? fill.orderId() : "";
    }

    /** True when this exit goes to the parity tracker under {@link #exitId()}. */
    public boolean hasExitId() {
        return compared;
    }

    /** The fill when the exit is compared with the backtest, else empty. */
    @Override
    public Optional<Fill> parityFill() {
        return compared ? Optional.of(fill) : Optional.empty();
    }
}

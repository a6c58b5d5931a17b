package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.util.Optional;

/**
 * The live fill that opened a trade. The trade id is the fill's {@link Fill#orderId()}: the client
 * order id the backtest's fill of the same trade carries, which is how parity matches the two.
 *
 * <p>What the venue did not report: slippage and latency are 0, and the fill type is
 * {@link #UNREPORTED_FILL_TYPE} ({@link #of} builds such a fill). Nothing in the live books reads the
 * fill type; parity keeps it as given.
 *
 * @param fill the fill: order id (the trade id) not blank, at most 128 characters, no control
 *             characters; symbol not blank, at most 64 characters, no control characters;
 *             {@link Side#BUY} opens a long trade, {@link Side#SELL} a short one; size and price
 *             finite, {@code > 0}, at most {@link FillBounds#MAX_SIZE} and {@link FillBounds#MAX_PRICE},
 *             {@code size * price} at most {@link FillBounds#MAX_NOTIONAL}; fee in account currency,
 *             at most {@link FillBounds#MAX_FEE} in absolute value, negative for a rebate; slippage
 *             strictly between -10,000 and 10,000 bps
 */
public record LiveEntry(Fill fill) implements FillEvent {

    /** The fill type of a live fill whose venue reported none. */
    public static final FillType UNREPORTED_FILL_TYPE = FillType.TAKER;

    /** Validates the fill against the live bounds; see the component description for the rules. */
    public LiveEntry {
        notNull("fill", fill);
        Identifiers.id("tradeId", fill.orderId());
        Identifiers.symbol("symbol", fill.symbol());
        FillBounds.fill(fill);
    }

    /**
     * An entry without a reported fill type, slippage or latency.
     *
     * @param time when the venue filled it, between 1677-09-21 and 2262-04-11 (epoch nanoseconds in a long)
     */
    public static LiveEntry of(String tradeId, String symbol, Side side, double size, double price, double fee,
                               Instant time) {
        return new LiveEntry(unreported(tradeId, symbol, side, size, price, fee, time));
    }

    /** A fill of the given values with nothing else reported: {@link #UNREPORTED_FILL_TYPE}, no slippage, no latency. */
    static Fill unreported(String orderId, String symbol, Side side, double size, double price, double fee,
                           Instant time) {
        Identifiers.id("tradeId", orderId);
        return liveFill(orderId, symbol, side, size, price, fee, time, 0, 0);
    }

    /**
     * A live fill as a venue reports one, timed by an instant, with {@link #UNREPORTED_FILL_TYPE} as its
     * fill type and {@code partial} false.
     *
     * @param orderId the trade id of an entry, the exit id of an exit (checked when the event is made)
     * @param time    when the venue filled it, between 1677-09-21 and 2262-04-11 (epoch nanoseconds in a long)
     * @throws IllegalArgumentException naming the field that breaks its rule
     */
    public static Fill liveFill(String orderId, String symbol, Side side, double size, double price, double fee,
                                Instant time, double slippageBps, long latencyNanos) {
        long nanos = EpochNanos.of(EventTimes.time("time", time));
        return new Fill(orderId, symbol, side, price, size, fee, UNREPORTED_FILL_TYPE, latencyNanos, slippageBps,
                nanos, false);
    }

    /** The fill, always: every entry is compared with the backtest's fill of its trade id. */
    @Override
    public Optional<Fill> parityFill() {
        return Optional.of(fill);
    }

    /** The trade id: the fill's order id. */
    public String tradeId() {
        return fill.orderId();
    }
}

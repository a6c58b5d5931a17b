package dev.parallax.parity;

import dev.parallax.parity.state.BinaryInput;
import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads the fills {@link StateOutput} wrote, and the executions of the formats before them; each
 * goes through {@link Fill}'s validation, so bytes that do not make a valid fill are refused with
 * {@link IllegalArgumentException}.
 *
 * <p>The older executions (parity state formats 1 and 2, archived trade format 1) kept neither a
 * fill type nor the backtest's slippage and latency; their fills read as {@link #UNRECORDED_FILL_TYPE}
 * with 0 slippage and 0 latency, which is what they were compared with. Their live executions kept no
 * symbol, side or size either: those come from the backtest execution of the same trade.
 */
final class StateInput extends BinaryInput {

    /** The fill type of a fill read from a format that kept none; no parity figure depends on it. */
    static final FillType UNRECORDED_FILL_TYPE = FillType.TAKER;

    StateInput(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, "the parity state");
    }

    /** Reads {@code length} bytes of {@code bytes} from {@code offset}; {@code what} names them in messages. */
    StateInput(byte[] bytes, int offset, int length, String what) {
        super(bytes, offset, length, what);
    }

    /** A fill as {@link StateOutput#writeFill} wrote it. */
    Fill readFill() {
        String orderId = readText();
        String symbol = readText();
        Side side = side(readText());
        double price = readDouble();
        double size = readDouble();
        double fee = readDouble();
        FillType type = fillType(readText());
        long latency = readLong();
        double slippage = readDouble();
        long time = readLong();
        return new Fill(orderId, symbol, side, price, size, fee, type, latency, slippage, time, readBoolean());
    }

    /** A backtest execution of the formats before fills: trade id, symbol, side, size, price, time, fee. */
    Fill readOldBacktest() {
        String id = readText();
        String symbol = readText();
        Side side = side(readText());
        double size = readDouble();
        double price = readDouble();
        long time = nanos(readTime());
        double fee = readDouble();
        return new Fill(id, symbol, side, price, size, fee, UNRECORDED_FILL_TYPE, 0, 0, time, false);
    }

    /**
     * A live execution of the formats before fills (trade id, price, time, fee, slippage as a fraction,
     * latency), as a fill of {@code twin}'s symbol, side and size.
     *
     * @throws IllegalArgumentException if its trade id is not {@code twin}'s, or a value is refused
     */
    Fill readOldLive(Fill twin) {
        String id = readText();
        if (!id.equals(twin.orderId())) {
            throw new IllegalArgumentException("a completed trade's live execution has trade id '" + id
                    + "', its backtest execution '" + twin.orderId() + "'");
        }
        double price = readDouble();
        long time = nanos(readTime());
        double fee = readDouble();
        double slippage = readDouble();
        long latency = nanos(readDuration());
        if (!(slippage > -1 && slippage < 1)) {
            throw new IllegalArgumentException("slippage must be a fraction strictly between -1 and 1, was " + slippage);
        }
        return new Fill(id, twin.symbol(), twin.side(), price, twin.size(), fee, UNRECORDED_FILL_TYPE, latency,
                slippage * 10_000, time, false);
    }

    private static long nanos(Instant time) {
        try {
            return EpochNanos.of(time);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("time " + time + " lies outside the epoch nanoseconds a long holds", e);
        }
    }

    private static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("latency " + duration + " is longer than a long of nanoseconds", e);
        }
    }

    private static Side side(String name) {
        try {
            return Side.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("side must be BUY or SELL, was '" + name + "'", e);
        }
    }

    private static FillType fillType(String name) {
        try {
            return FillType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("fillType must be one of MAKER, TAKER, AGGRESSIVE, PASSIVE, was '"
                    + name + "'", e);
        }
    }
}

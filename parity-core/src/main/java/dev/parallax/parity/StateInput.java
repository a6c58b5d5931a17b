package dev.parallax.parity;

import dev.parallax.parity.state.BinaryInput;
import dev.parallax.sim.api.Side;

/**
 * Reads the executions {@link StateOutput} wrote; each goes through its record's validation, so
 * bytes that do not make a valid execution are refused with {@link IllegalArgumentException}.
 */
final class StateInput extends BinaryInput {

    StateInput(byte[] bytes, int offset, int length) {
        this(bytes, offset, length, "the parity state");
    }

    /** Reads {@code length} bytes of {@code bytes} from {@code offset}; {@code what} names them in messages. */
    StateInput(byte[] bytes, int offset, int length, String what) {
        super(bytes, offset, length, what);
    }

    BacktestExecution readBacktest() {
        String id = readText();
        String symbol = readText();
        Side side = side(readText());
        return new BacktestExecution(id, symbol, side, readDouble(), readDouble(), readTime(), readDouble());
    }

    LiveExecution readLive() {
        return new LiveExecution(readText(), readDouble(), readTime(), readDouble(), readDouble(), readDuration());
    }

    private static Side side(String name) {
        try {
            return Side.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("side must be BUY or SELL, was '" + name + "'", e);
        }
    }
}

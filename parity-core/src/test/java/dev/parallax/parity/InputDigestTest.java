package dev.parallax.parity;

import static dev.parallax.parity.Trades.backtest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputDigestTest {

    private static final Instant T = Instant.parse("2024-03-01T12:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static InputDigest of(Fill... executions) {
        InputDigest digest = new InputDigest();
        for (Fill b : executions) {
            digest.add(b);
        }
        return digest;
    }

    @Test
    void theSameInputsInAnotherOrderGiveTheSameDigest() {
        Fill a = backtest("a", Side.BUY, 1, 100, T, 0.1);
        Fill b = backtest("b", Side.SELL, 2, 101, T.plusSeconds(1), 0.2);
        InputDigest first = of(a, b);
        first.addBacktestReturn(DAY, 0.01);
        InputDigest second = new InputDigest();
        second.addBacktestReturn(DAY, 0.01);
        second.add(b);
        second.add(a);
        assertEquals(first, second);
        assertEquals(3, second.count());
    }

    @Test
    void anyFieldThatDiffersChangesTheDigest() {
        InputDigest base = of(backtest("a", Side.BUY, 1, 100, T, 0.1));
        assertNotEquals(base, of(backtest("b", Side.BUY, 1, 100, T, 0.1)));
        assertNotEquals(base, of(backtest("a", Side.SELL, 1, 100, T, 0.1)));
        assertNotEquals(base, of(backtest("a", Side.BUY, 1.5, 100, T, 0.1)));
        assertNotEquals(base, of(backtest("a", Side.BUY, 1, 100.5, T, 0.1)));
        assertNotEquals(base, of(backtest("a", Side.BUY, 1, 100, T.plusNanos(1), 0.1)));
        assertNotEquals(base, of(backtest("a", Side.BUY, 1, 100, T, 0.2)));
    }

    @Test
    void aBacktestReturnAndALiveReturnOfTheSameDayAndValueDiffer() {
        InputDigest backtest = new InputDigest();
        backtest.addBacktestReturn(DAY, 0.01);
        InputDigest live = new InputDigest();
        live.addLiveReturn(DAY, 0.01);
        assertNotEquals(backtest, live);
        assertEquals(backtest.count(), live.count());
    }
}

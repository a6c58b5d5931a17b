package dev.parallax.examples.strategy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.backtest.result.BacktestResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class CustomStrategyExampleTest {

    @Test
    void theBreakoutStrategyIsFoundByNameAndTrades() {
        BacktestResult r = CustomStrategyExample.run(new PrintStream(new ByteArrayOutputStream()));
        assertTrue(r.trades().size() > 0);
    }
}

package dev.parallax.examples.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.sim.core.ExecutionStatistics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulatorWalkthroughTest {

    private static String output(long seed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SimulatorWalkthrough.run(seed, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theWalkthroughFillsTheRestingLimitBuyAtFiftyThousandWithTheMakerFee() {
        String out = output(42);
        // 1.0 at 50,000 pays the 5 bps maker fee: 25.0
        assertTrue(out.contains("limit-buy-1   BUY  PASSIVE    1.0000 @ 50,000.00  fee 25.0000"), out);
        assertTrue(out.contains("limit-buy-2 CANCELLED"), out);
    }

    @Test
    void theSameSeedPrintsTheSameFillsAndAnotherSeedDoesNot() {
        assertEquals(output(42), output(42));
        assertNotEquals(output(42), output(7));
    }

    @Test
    void statisticsCountEveryOrder() {
        ExecutionStatistics stats = SimulatorWalkthrough.run(42, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        assertEquals(5, stats.totalOrders());
        assertEquals(1, stats.cancelledOrders());
        assertTrue(stats.averageFillLatencyMillis() > 0);
    }
}

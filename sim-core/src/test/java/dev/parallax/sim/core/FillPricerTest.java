package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FillPricerTest {

    /** C2's default FreqInlineSize: a hot method of more bytecodes is called, not inlined. */
    private static final int FREQ_INLINE_SIZE = 325;

    @Test
    void fillPathIsOneMethodTooLargeForTheJitToInline() throws IOException {
        int fill = BytecodeSizes.of(FillPricer.class).getOrDefault("fill", 0);
        assertTrue(fill > FREQ_INLINE_SIZE, "FillPricer.fill is " + fill + " bytecodes; below "
                + (FREQ_INLINE_SIZE + 1) + " C2 inlines it into every caller and the simulator slows down"
                + " (docs/PERFORMANCE.md, issue 17): benchmark SimulatorBenchmark.orders* before changing this");
    }
}

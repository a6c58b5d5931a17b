package dev.parallax.cli.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.live.LiveEntry;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.LiveTrackerSettings;
import dev.parallax.live.PriceMark;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Side;
import dev.parallax.sim.api.data.Bar;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquitySamplesTest {

    private static final long T0 = 1_385_337_600_000_000_000L; // 2013-11-25T00:00Z
    private static final long MINUTE = 60_000_000_000L;

    @TempDir
    Path dir;

    private static Bar bar(long timeNanos, double close) {
        return new Bar("BTC/USD", timeNanos, close, close, close, close, 1);
    }

    @Test
    void eachEventAddsTheLiveEquityAtItsMillisecondAndOneMillisecondKeepsTheLaterValue() {
        try (LiveExecutionTracker live = LiveExecutionTracker.open(LiveTrackerSettings.builder("samples", dir, 1_000)
                .build())) {
            EquitySamples samples = new EquitySamples(live);
            samples.afterEvent(bar(T0, 100), null);
            // long 2 at 100 with a fee of 1: equity 999 at the entry's price
            live.recordEntry(new LiveEntry(new Fill("o-1", "BTC/USD", Side.BUY, 100, 2, 1, FillType.TAKER, 0, 0,
                    T0 + MINUTE, false)));
            samples.afterEvent(bar(T0 + MINUTE, 100), null);
            live.mark(new PriceMark("BTC/USD", 110, Instant.ofEpochSecond(0, T0 + MINUTE + 400_000)));
            // the same millisecond as the previous sample: it is replaced by 999 + 2 x 10 = 1,019
            samples.afterEvent(bar(T0 + MINUTE + 400_000, 110), null);
            live.mark(new PriceMark("BTC/USD", 95, Instant.ofEpochSecond(0, T0 + 2 * MINUTE)));
            samples.afterEvent(bar(T0 + 2 * MINUTE, 95), null);

            long ms = T0 / 1_000_000;
            assertArrayEquals(new long[] {ms, ms + 60_000, ms + 120_000}, samples.millis());
            assertArrayEquals(new double[] {1_000, 1_019, 989}, samples.equity(), 1e-9);
        }
    }

    @Test
    void samplesGrowPastTheirFirstCapacity() {
        try (LiveExecutionTracker live = LiveExecutionTracker.open(LiveTrackerSettings.builder("samples", dir, 500)
                .build())) {
            EquitySamples samples = new EquitySamples(live);
            for (int i = 0; i < 3_000; i++) {
                samples.afterEvent(bar(T0 + i * MINUTE, 100), null);
            }
            assertEquals(3_000, samples.millis().length);
            assertEquals(3_000, samples.equity().length);
            assertEquals((T0 + 2_999 * MINUTE) / 1_000_000, samples.millis()[2_999]);
            assertEquals(500, samples.equity()[2_999]);
        }
    }
}

package dev.parallax.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.backtest.result.EquitySeries;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The recorder's points across its 4,096-point chunks, against a plain list kept by the rules of its javadoc. */
class EquityRecorderTest {

    /** The rules, kept the plain way: same time replaces, closer than the interval is dropped, finish keeps the last. */
    private static final class Reference {
        final long interval;
        final List<long[]> points = new ArrayList<>();

        Reference(long interval) {
            this.interval = interval;
        }

        void record(long t, double v) {
            if (!points.isEmpty()) {
                long last = points.get(points.size() - 1)[0];
                if (last == t) {
                    points.get(points.size() - 1)[1] = Double.doubleToLongBits(v);
                    return;
                }
                if (interval > 0 && t - last < interval) {
                    return;
                }
            }
            points.add(new long[] {t, Double.doubleToLongBits(v)});
        }

        void finish(long t, double v) {
            if (!points.isEmpty() && points.get(points.size() - 1)[0] >= t) {
                points.get(points.size() - 1)[1] = Double.doubleToLongBits(v);
            } else {
                points.add(new long[] {t, Double.doubleToLongBits(v)});
            }
        }
    }

    private static void assertSame(Reference expected, EquitySeries actual) {
        long[] times = new long[expected.points.size()];
        double[] values = new double[expected.points.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = expected.points.get(i)[0];
            values[i] = Double.longBitsToDouble(expected.points.get(i)[1]);
        }
        assertArrayEquals(times, actual.times());
        assertArrayEquals(values, actual.values());
    }

    @Test
    void pointsAcrossManyChunksComeBackInOrder() {
        for (long interval : new long[] {0, 5, 40}) {
            SplittableRandom random = new SplittableRandom(interval + 1);
            EquityRecorder recorder = new EquityRecorder(interval);
            Reference reference = new Reference(interval);
            long t = 1_000;
            for (int i = 0; i < 30_000; i++) {
                t += random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(20); // a quarter repeat the time
                double v = 100 + random.nextGaussian();
                recorder.record(t, v);
                reference.record(t, v);
            }
            recorder.finish(t + 7, -1.5);
            reference.finish(t + 7, -1.5);
            assertSame(reference, recorder.series());
        }
    }

    @Test
    void aRepeatedTimeReplacesTheLastPointOfAFullChunk() {
        EquityRecorder recorder = new EquityRecorder(0);
        for (int i = 0; i < 4_096; i++) {
            recorder.record(i, i);
        }
        recorder.record(4_095, -1.0);
        recorder.record(4_096, 7.0);
        EquitySeries series = recorder.series();
        assertEquals(4_097, series.size());
        assertEquals(-1.0, series.values()[4_095]);
        assertEquals(7.0, series.values()[4_096]);
    }

    @Test
    void finishReplacesTheLastPointOrAddsOne() {
        EquityRecorder recorder = new EquityRecorder(0);
        assertEquals(0, recorder.series().size());
        recorder.finish(10, 2.0);
        recorder.finish(10, 3.0);
        recorder.finish(5, 4.0); // not later than the last point: replaces its value
        assertArrayEquals(new long[] {10}, recorder.series().times());
        assertArrayEquals(new double[] {4.0}, recorder.series().values());
    }
}

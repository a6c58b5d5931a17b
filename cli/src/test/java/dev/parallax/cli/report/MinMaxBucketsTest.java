package dev.parallax.cli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinMaxBucketsTest {

    @Test
    void everyBucketKeepsItsExtremesOfEverySeries() {
        long[] t = new long[100];
        double[] a = new double[100];
        double[] b = new double[100];
        for (int i = 0; i < 100; i++) {
            t[i] = i * 1000L;
            a[i] = i % 7;
            b[i] = 50 - i % 5;
        }
        a[37] = 1_000;
        a[62] = -1_000;
        b[81] = 999;
        int[] keep = MinMaxBuckets.indices(t, new double[][] {a, b}, 5);
        assertTrue(keep.length <= 2 * 5 * 2 + 2, Arrays.toString(keep));
        for (int must : new int[] {0, 37, 62, 81, 99}) {
            assertTrue(Arrays.stream(keep).anyMatch(k -> k == must), must + " in " + Arrays.toString(keep));
        }
        for (int i = 1; i < keep.length; i++) {
            assertTrue(keep[i] > keep[i - 1], "increasing");
        }
        // the kept points have the same extremes as all points in each fifth of the time span
        for (int bucket = 0; bucket < 5; bucket++) {
            int from = bucket * 20;
            double max = Arrays.stream(a, from, from + 20).max().orElseThrow();
            assertTrue(Arrays.stream(keep).filter(k -> k >= from && k < from + 20).anyMatch(k -> a[k] == max));
        }
    }

    @Test
    void aShortSeriesIsKeptWhole() {
        long[] t = {1, 2, 3, 4};
        assertArrayEquals(new int[] {0, 1, 2, 3}, MinMaxBuckets.indices(t, new double[][] {{1, 2, 3, 4}}, 1));
        assertArrayEquals(new double[] {2, 4}, MinMaxBuckets.pick(new double[] {1, 2, 3, 4}, new int[] {1, 3}));
    }

    @Test
    void nanIsNeverAnExtremeAndBadInputIsRefused() {
        long[] t = new long[20];
        double[] v = new double[20];
        for (int i = 0; i < 20; i++) {
            t[i] = i;
            v[i] = i == 10 ? Double.NaN : 1;
        }
        int[] keep = MinMaxBuckets.indices(t, new double[][] {v}, 2);
        assertTrue(Arrays.stream(keep).noneMatch(k -> k == 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MinMaxBuckets.indices(t, new double[][] {v}, 0));
        assertEquals("buckets must be >= 1, was 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MinMaxBuckets.indices(t, new double[][] {{1}}, 2));
    }
}

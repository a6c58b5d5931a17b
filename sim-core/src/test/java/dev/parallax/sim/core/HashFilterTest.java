package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HashFilterTest {

    @Test
    void neverSaysAnAddedHashIsAbsent() {
        HashFilter filter = new HashFilter(10_000);
        SplittableRandom r = new SplittableRandom(3);
        int[] added = new int[filter.capacity()];
        for (int i = 0; i < added.length; i++) {
            added[i] = r.nextInt();
            filter.add(added[i]);
        }
        assertTrue(filter.isFull());
        for (int hash : added) {
            assertTrue(filter.mightContain(hash));
        }
    }

    @Test
    void rejectsMostHashesNeverAddedWhenFull() {
        HashFilter filter = new HashFilter(10_000);
        for (int i = 0; i < filter.capacity(); i++) {
            filter.add(("o" + i).hashCode());
        }
        int falsePositives = 0;
        for (int i = 0; i < 100_000; i++) {
            if (filter.mightContain(("other" + i).hashCode())) {
                falsePositives++;
            }
        }
        assertTrue(falsePositives < 2_000, "false positives: " + falsePositives + " of 100,000");
    }
}

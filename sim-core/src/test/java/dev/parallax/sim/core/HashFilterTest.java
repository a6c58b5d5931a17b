package dev.parallax.sim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void doublingTheCapacityNeverShrinksTheFilterAndStopsAtTheLargest() {
        // Doubling 2^26 used to overflow int arithmetic into a filter for 8 hashes, so the owner
        // rebuilt it after every add from then on.
        int capacity = 1_024;
        for (int step = 0; step < 30; step++) {
            int doubled = (int) Math.min(Integer.MAX_VALUE, 2L * capacity);
            int next = new HashFilter(doubled).capacity();
            assertTrue(next >= capacity, "capacity " + capacity + " doubled gave " + next);
            capacity = next;
        }
        assertEquals(HashFilter.MAX_WORDS * 4, capacity);
        assertEquals(HashFilter.MAX_WORDS * 4, new HashFilter(Integer.MAX_VALUE).capacity());
    }
}

package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeedResamplingTest {

    private final SweepPoint point = SweepPoint.of(0, Map.of("fast", "5", "slow", "20"), Map.of(), 42);

    @Test
    void rerunsThePointWithSeedsDrawnFromTheSeed() {
        SeedResampling.Spread s = SeedResampling.run(new LocalSweepRunner(2), Plans.realistic(600), point, 4, 9,
                SweepProgress.NONE);
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 4; i++) {
            assertEquals(random.nextLong(), s.rows().get(i).point().seed());
        }
        assertTrue(s.totalReturn().p5() <= s.totalReturn().p95());
        SeedResampling.Spread again = SeedResampling.run(new LocalSweepRunner(1), Plans.realistic(600), point, 4, 9,
                SweepProgress.NONE);
        assertEquals(s, again, "same seed, 1 or 2 threads");
        assertNotEquals(s.rows().get(0).metrics(), s.rows().get(1).metrics(), "another execution seed, another run");
    }
}

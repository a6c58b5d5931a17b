package dev.parallax.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalSweepRunnerTest {

    @Test
    void oneAndTwoThreadsGiveIdenticalRowsInPointOrder() {
        SweepPlan plan = Plans.realistic(800);
        List<SweepPoint> points = Plans.grid(new int[] {3, 5, 8}, new int[] {13, 21});
        List<SweepRow> one = new LocalSweepRunner(1).run(plan, points);
        List<SweepRow> two = new LocalSweepRunner(2).run(plan, points);
        assertEquals(one, two);
        for (int i = 0; i < points.size(); i++) {
            assertEquals(points.get(i), two.get(i).point(), "row " + i);
        }
    }

    @Test
    void progressCountsEveryPoint() {
        List<SweepPoint> points = Plans.grid(new int[] {3, 5}, new int[] {13, 21});
        AtomicLong most = new AtomicLong();
        new LocalSweepRunner(2).run(Plans.ideal(500), points, done -> most.accumulateAndGet(done, Math::max));
        assertEquals(4, most.get());
    }

    @Test
    void aRefusedPointFailsTheSweepNamingIt() {
        List<SweepPoint> points = new ArrayList<>(Plans.grid(new int[] {3}, new int[] {13}));
        points.add(SweepPoint.of(1, Map.of("fast", "30", "slow", "10"), Map.of(), 42));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LocalSweepRunner(2).run(Plans.ideal(200), points));
        assertTrue(e.getMessage().startsWith("point 1 "), e.getMessage());
    }

    @Test
    void noThreadsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LocalSweepRunner(0));
        assertEquals("threads must be >= 1, was 0", e.getMessage());
    }
}

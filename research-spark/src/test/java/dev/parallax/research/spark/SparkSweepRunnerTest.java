package dev.parallax.research.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.research.LocalSweepRunner;
import dev.parallax.research.SweepPlan;
import dev.parallax.research.SweepPoint;
import dev.parallax.research.SweepRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkSweepRunnerTest {

    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkSweepRunnerTest")
                .set("spark.ui.enabled", "false"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theSameSweepGivesIdenticalRowsLocallyAndOnSparkAndAgainOnARerun() {
        SweepPlan plan = SparkPlans.realistic(600);
        List<SweepPoint> points = SparkPlans.grid(new int[] {3, 5, 8}, new int[] {13, 21}, 42);
        List<SweepRow> local = new LocalSweepRunner(2).run(plan, points);
        SparkSweepRunner runner = new SparkSweepRunner(spark, 3, new dev.parallax.research.SweepEvaluator());
        List<SweepRow> onSpark = runner.run(plan, points);
        List<SweepRow> rerun = runner.run(plan, points);
        assertEquals(local, onSpark);
        assertEquals(onSpark, rerun);
        for (int i = 0; i < points.size(); i++) {
            assertEquals(points.get(i), onSpark.get(i).point(), "row " + i);
        }
    }

    @Test
    void anotherSeedGivesOtherRowsSoTheSeedReachesTheExecutors() {
        SweepPlan plan = SparkPlans.realistic(600);
        SparkSweepRunner runner = new SparkSweepRunner(spark);
        List<SweepRow> seed42 = runner.run(plan, SparkPlans.grid(new int[] {3}, new int[] {13}, 42));
        List<SweepRow> seed43 = runner.run(plan, SparkPlans.grid(new int[] {3}, new int[] {13}, 43));
        assertNotEquals(seed42.get(0).metrics(), seed43.get(0).metrics());
    }

    @Test
    void progressReachesEveryPoint() {
        AtomicLong most = new AtomicLong();
        List<SweepPoint> points = SparkPlans.grid(new int[] {3, 5}, new int[] {13, 21}, 42);
        new SparkSweepRunner(spark).run(SparkPlans.realistic(200), points,
                done -> most.accumulateAndGet(done, Math::max));
        assertEquals(4, most.get());
    }

    @Test
    void theFirstRefusedPointInPointOrderFailsTheSweepNamingIt() {
        List<SweepPoint> points = new ArrayList<>(SparkPlans.grid(new int[] {3}, new int[] {13}, 42));
        points.add(SweepPoint.of(1, Map.of("fast", "30", "slow", "10"), Map.of(), 42));
        points.add(SweepPoint.of(2, Map.of("fast", "40", "slow", "10"), Map.of(), 42));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkSweepRunner(spark, 3, new dev.parallax.research.SweepEvaluator())
                        .run(SparkPlans.realistic(200), points));
        assertTrue(e.getMessage().startsWith("point 1 "), e.getMessage());
    }

    @Test
    void noPointsGiveNoRows() {
        assertEquals(List.of(), new SparkSweepRunner(spark).run(SparkPlans.realistic(200), List.of()));
    }

    @Test
    void noSlicesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SparkSweepRunner(spark, 0, new dev.parallax.research.SweepEvaluator()));
        assertEquals("slices must be >= 1, was 0", e.getMessage());
    }
}

package dev.parallax.research;

import java.util.List;

/**
 * Runs every point of a sweep and returns one row per point, in point order, whatever the order the
 * runs finished in: the same plan and points give equal rows on any runner. {@link LocalSweepRunner}
 * runs on the threads of one machine; other runners (a cluster) ship the plan and the points, which
 * are serializable, to their workers and call {@link SweepEvaluator#evaluate} there.
 */
public interface SweepRunner {

    /**
     * Runs {@code points} of {@code plan}, telling {@code progress} as points finish.
     *
     * @throws IllegalArgumentException if a point is refused (the first refusal in point order)
     */
    List<SweepRow> run(SweepPlan plan, List<SweepPoint> points, SweepProgress progress);

    /** Runs {@code points} of {@code plan} without progress. */
    default List<SweepRow> run(SweepPlan plan, List<SweepPoint> points) {
        return run(plan, points, SweepProgress.NONE);
    }
}

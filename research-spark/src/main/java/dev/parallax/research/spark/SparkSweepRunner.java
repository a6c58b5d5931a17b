package dev.parallax.research.spark;

import dev.parallax.cli.research.DataChangedException;
import dev.parallax.research.SweepEvaluator;
import dev.parallax.research.SweepPlan;
import dev.parallax.research.SweepPoint;
import dev.parallax.research.SweepProgress;
import dev.parallax.research.SweepRow;
import dev.parallax.research.SweepRunner;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * Runs the points of a sweep as one Spark job: the points are split into slices, each executor
 * evaluates its points with {@link SweepEvaluator#evaluate}, and the rows are collected on the driver
 * in point order, so a plan gives the same rows as on {@link dev.parallax.research.LocalSweepRunner}.
 *
 * <p>The evaluator is broadcast, so an executor loads the plan's bars once for all the points it
 * runs, not once per slice. Progress counts points as their slices finish (Spark reports a task's
 * counts when it ends), so it moves in steps of about {@code points / slices}.
 *
 * <p>A point that the evaluator refuses does not stop the job: every point runs, and then the first
 * refusal in point order is thrown, as the local runner does. A task whose data source found bytes other
 * than the driver read ({@link DataChangedException}: the file changed while the sweep ran) fails the job,
 * which throws that exception again with its message. Any other failure of a task fails the
 * job as Spark decides (after its retries) and is thrown as an {@link IllegalStateException}.
 *
 * <p>The runner does not own the Spark context: the caller makes it and stops it.
 */
public final class SparkSweepRunner implements SweepRunner {

    /** Slices per core Spark reports, so that progress moves and slow points spread out. */
    public static final int SLICES_PER_CORE = 4;

    private static final long PROGRESS_POLL_MILLIS = 250;

    private final JavaSparkContext spark;
    private final int slices;
    private final SweepEvaluator evaluator;

    /** A runner on {@code spark} with {@link #SLICES_PER_CORE} slices per core of its default parallelism. */
    public SparkSweepRunner(JavaSparkContext spark) {
        this(spark, Math.max(1, spark.defaultParallelism()) * SLICES_PER_CORE, new SweepEvaluator());
    }

    /**
     * A runner on {@code spark} that splits a sweep into at most {@code slices} tasks, {@code >= 1},
     * evaluating with {@code evaluator}.
     */
    public SparkSweepRunner(JavaSparkContext spark, int slices, SweepEvaluator evaluator) {
        if (spark == null || evaluator == null) {
            throw new IllegalArgumentException("spark and evaluator must be given");
        }
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be >= 1, was " + slices);
        }
        this.spark = spark;
        this.slices = slices;
        this.evaluator = evaluator;
    }

    /** Says where the points run, such as {@code Spark local[2] (8 slices)}. */
    @Override
    public String toString() {
        return "Spark " + spark.master() + " (" + slices + " slices)";
    }

    /** The most tasks a sweep is split into. */
    public int slices() {
        return slices;
    }

    @Override
    public List<SweepRow> run(SweepPlan plan, List<SweepPoint> points, SweepProgress progress) {
        if (plan == null || points == null || progress == null) {
            throw new IllegalArgumentException("plan, points and progress must be given");
        }
        if (points.isEmpty()) {
            return List.of();
        }
        Broadcast<SweepEvaluator> shared = spark.broadcast(evaluator);
        LongAccumulator done = spark.sc().longAccumulator("sweep points done");
        try {
            JavaFutureAction<List<Outcome>> job = spark
                    .parallelize(new ArrayList<>(points), Math.min(slices, points.size()))
                    .map(point -> {
                        Outcome outcome = Outcome.of(shared.value(), plan, point);
                        done.add(1);
                        return outcome;
                    })
                    .collectAsync();
            List<Outcome> outcomes = await(job, done, points.size(), progress);
            progress.finished(points.size());
            return rows(points, outcomes);
        } finally {
            shared.destroy();
        }
    }

    private static List<Outcome> await(JavaFutureAction<List<Outcome>> job, LongAccumulator done, int total,
                                       SweepProgress progress) {
        long told = 0;
        while (true) {
            try {
                return job.get(PROGRESS_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long now = Math.min(done.value(), total);
                if (now > told) {
                    told = now;
                    progress.finished(now);
                }
            } catch (InterruptedException e) {
                job.cancel(true);
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the Spark job of the sweep", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                DataChangedException changed = dataChange(cause);
                if (changed != null) {
                    throw new DataChangedException(changed, cause);
                }
                throw new IllegalStateException("the Spark job of the sweep failed: " + cause.getMessage(), cause);
            }
        }
    }

    /** The data change that failed a task, found among the causes of the job's failure, or null. */
    private static DataChangedException dataChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataChangedException changed) {
                return changed;
            }
        }
        return null;
    }

    /** The rows in point order, or the first refusal in point order. */
    private static List<SweepRow> rows(List<SweepPoint> points, List<Outcome> outcomes) {
        if (outcomes.size() != points.size()) {
            throw new IllegalStateException("the Spark job returned " + outcomes.size() + " rows for "
                    + points.size() + " points");
        }
        List<SweepRow> rows = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Outcome o = outcomes.get(i);
            if (o.refusal() != null) {
                throw o.refusal().toException();
            }
            if (!o.row().point().equals(points.get(i))) {
                throw new IllegalStateException("row " + i + " of the Spark job is for " + o.row().point()
                        + ", not " + points.get(i));
            }
            rows.add(o.row());
        }
        return List.copyOf(rows);
    }

    /** A row, or why its point was refused: what travels back from an executor. */
    record Outcome(SweepRow row, Refusal refusal) implements Serializable {

        private static final long serialVersionUID = 1L;

        static Outcome of(SweepEvaluator evaluator, SweepPlan plan, SweepPoint point) {
            try {
                return new Outcome(evaluator.evaluate(plan, point), null);
            } catch (IllegalArgumentException e) {
                return new Outcome(null, new Refusal(false, e.getMessage()));
            } catch (java.io.UncheckedIOException e) {
                return new Outcome(null, new Refusal(true, e.getMessage()));
            }
        }
    }

    /** A refused point's message, and whether the data could not be read (rather than was refused). */
    record Refusal(boolean unreadable, String message) implements Serializable {

        private static final long serialVersionUID = 1L;

        RuntimeException toException() {
            return unreadable ? new java.io.UncheckedIOException(message, new java.io.IOException(message))
                    : new IllegalArgumentException(message);
        }
    }
}

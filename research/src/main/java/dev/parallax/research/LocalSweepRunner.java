package dev.parallax.research;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the points of a sweep on a fixed pool of worker threads on this machine. Each point is an
 * independent, pure evaluation, so the rows (returned in point order) are the same whatever the
 * number of threads. The pool lives for one {@link #run} call and is shut down before it returns.
 */
public final class LocalSweepRunner implements SweepRunner {

    private final int threads;
    private final SweepEvaluator evaluator;

    /** A runner on {@code threads} workers, {@code >= 1}, with its own evaluator. */
    public LocalSweepRunner(int threads) {
        this(threads, new SweepEvaluator());
    }

    /** A runner on {@code threads} workers, {@code >= 1}, evaluating with {@code evaluator}. */
    public LocalSweepRunner(int threads, SweepEvaluator evaluator) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (evaluator == null) {
            throw new IllegalArgumentException("evaluator must not be null");
        }
        this.threads = threads;
        this.evaluator = evaluator;
    }

    /** A runner on every core the JVM sees. */
    public static LocalSweepRunner allCores() {
        return new LocalSweepRunner(Runtime.getRuntime().availableProcessors());
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    @Override
    public List<SweepRow> run(SweepPlan plan, List<SweepPoint> points, SweepProgress progress) {
        if (plan == null || points == null || progress == null) {
            throw new IllegalArgumentException("plan, points and progress must be given");
        }
        if (points.isEmpty()) {
            return List.of();
        }
        int workers = Math.min(threads, points.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            AtomicLong done = new AtomicLong();
            List<Future<SweepRow>> futures = new ArrayList<>(points.size());
            for (SweepPoint point : points) {
                futures.add(pool.submit(() -> {
                    SweepRow row = evaluator.evaluate(plan, point);
                    progress.finished(done.incrementAndGet());
                    return row;
                }));
            }
            List<SweepRow> rows = new ArrayList<>(points.size());
            for (Future<SweepRow> f : futures) {
                rows.add(get(f));
            }
            return List.copyOf(rows);
        } finally {
            pool.shutdownNow();
        }
    }

    private static SweepRow get(Future<SweepRow> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the sweep", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sweep-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

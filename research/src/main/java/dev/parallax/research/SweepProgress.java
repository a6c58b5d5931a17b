package dev.parallax.research;

/** Told how many points of a sweep are finished; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface SweepProgress {

    /** Reports nothing. */
    SweepProgress NONE = done -> { };

    /** {@code done} points of the sweep have finished (counts only grow, but calls may arrive out of order). */
    void finished(long done);
}

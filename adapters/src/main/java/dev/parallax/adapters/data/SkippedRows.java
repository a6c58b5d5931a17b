package dev.parallax.adapters.data;

import java.util.List;

/**
 * What a lenient reader skipped so far: how many rows, and the first {@value #KEPT} of them (the
 * rest are counted, not kept, so memory stays bounded).
 *
 * @param count how many rows were skipped, {@code >= 0}
 * @param first the first skipped rows, at most {@value #KEPT}, in file order
 */
public record SkippedRows(long count, List<SkippedRow> first) {

    /** How many skipped rows are kept in {@link #first()}. */
    public static final int KEPT = 100;

    /** Nothing skipped. */
    public static final SkippedRows NONE = new SkippedRows(0, List.of());

    /** Validates and copies. */
    public SkippedRows {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        first = List.copyOf(first);
        if (first.size() > count || first.size() > KEPT) {
            throw new IllegalArgumentException("first holds " + first.size() + " rows, more than count " + count
                    + " or " + KEPT);
        }
    }

    /** True if no row was skipped. */
    public boolean isEmpty() {
        return count == 0;
    }
}

package dev.parallax.adapters.data;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies a {@link BadRowPolicy} to the bad rows of one source and keeps the count. Not thread-safe. */
final class BadRows {

    private static final Logger LOG = LoggerFactory.getLogger(BadRows.class);
    private static final int SHOWN = 200;

    private final String source;
    private final BadRowPolicy policy;
    private final boolean distinctTimes;
    private final List<SkippedRow> first = new ArrayList<>();
    private long count;
    private long previousTime = Long.MIN_VALUE;

    /**
     * @param distinctTimes true where two rows may not share a time (bars of one symbol: two bars at one
     *                      time are a duplicate key); false where they may (trades, quotes)
     */
    BadRows(String source, BadRowPolicy policy, boolean distinctTimes) {
        this.source = source;
        this.policy = policy;
        this.distinctTimes = distinctTimes;
    }

    /** Throws in strict mode; records and logs the row in lenient mode. */
    void reject(long line, String row, String reason, Throwable cause) {
        SkippedRow skipped = new SkippedRow(source, line, shorten(row), reason);
        if (policy == BadRowPolicy.STRICT) {
            throw new MalformedRowException(skipped, cause);
        }
        count++;
        if (first.size() < SkippedRows.KEPT) {
            first.add(skipped);
            LOG.warn("skipped bad row: {}", skipped);
        } else if (count == SkippedRows.KEPT + 1) {
            LOG.warn("{}: more than {} bad rows; counting the rest without logging each", source, SkippedRows.KEPT);
        }
    }

    /**
     * Checks that {@code timeNanos} does not go back, nor repeat the previous row's time where times must
     * be distinct; the message becomes the row's reason.
     */
    void checkOrder(long timeNanos) {
        if (timeNanos < previousTime) {
            throw new IllegalArgumentException("time " + timeNanos + " ns is earlier than the previous row's "
                    + previousTime + " ns; rows must be in time order");
        }
        if (distinctTimes && timeNanos == previousTime) {
            throw new IllegalArgumentException("time " + timeNanos + " ns repeats the previous bar's time;"
                    + " one bar per time (a duplicate bar)");
        }
    }

    /** Remembers the time of an accepted row. */
    void accepted(long timeNanos) {
        previousTime = timeNanos;
    }

    /** Logs the total when rows were skipped. */
    void finish() {
        if (count > 0) {
            LOG.warn("{}: skipped {} bad row(s) in lenient mode", source, count);
        }
    }

    SkippedRows snapshot() {
        return count == 0 ? SkippedRows.NONE : new SkippedRows(count, first);
    }

    private static String shorten(String row) {
        return row.length() <= SHOWN ? row : row.substring(0, SHOWN) + "...";
    }
}

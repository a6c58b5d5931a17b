package dev.parallax.adapters.stream;

/**
 * When a replayed trade is due: the first trade at the start, each later one after the gap from the
 * first trade divided by the speed-up. A trade at time {@code t} is due at
 * {@code startNanos + (t - firstTradeNanos) / speed}, in {@link System#nanoTime()} terms, rounded to
 * the nanosecond (saturating at the ends of {@code long}); gaps are measured from the first trade, so rounding does not add up over a long file.
 *
 * @param firstTradeNanos time of the first trade, epoch nanoseconds
 * @param startNanos      the {@code System.nanoTime()} at which the first trade is due
 * @param speed           the speed-up, finite and {@code > 0}
 */
record ReplayPace(long firstTradeNanos, long startNanos, double speed) {

    ReplayPace {
        if (!Double.isFinite(speed) || speed <= 0) {
            throw new IllegalArgumentException("speed must be a finite number > 0, was " + speed);
        }
    }

    /** The {@code System.nanoTime()} at which the trade at {@code tradeNanos} is due. */
    long dueNanos(long tradeNanos) {
        long diff = tradeNanos - firstTradeNanos;
        boolean overflow = ((tradeNanos ^ firstTradeNanos) & (tradeNanos ^ diff)) < 0;
        long gap = Math.round((overflow ? (double) tradeNanos - (double) firstTradeNanos : (double) diff) / speed);
        long due = startNanos + gap;
        // saturate instead of wrapping round: a gap of centuries is simply never due
        return ((startNanos ^ due) & (gap ^ due)) < 0 ? (gap > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : due;
    }
}

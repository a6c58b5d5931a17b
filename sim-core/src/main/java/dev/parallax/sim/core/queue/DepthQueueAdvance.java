package dev.parallax.sim.core.queue;

/**
 * The advance of a queue position over one update, shared by the queue models: trades consume
 * the front of the queue; cancellations (the fall in displayed depth that trades do not explain)
 * are split between front and back by a {@link QueueProbability}; the quantity ahead can never
 * exceed the displayed depth.
 */
final class DepthQueueAdvance {

    private DepthQueueAdvance() {
    }

    /**
     * The quantity ahead after an update.
     *
     * <pre>
     * front     = max(0, queueAhead - traded)
     * remaining = previousDepth - traded                   (what was displayed, less what traded)
     * back      = max(0, remaining - front)
     * cancelled = max(0, remaining - currentDepth)
     * ahead     = front - cancelled * share(front, back)   and any cancellation the back cannot hold
     * ahead     = clamp(ahead, 0, currentDepth)
     * </pre>
     *
     * With an unknown depth (NaN) only the trades apply.
     */
    static double after(double queueAhead, double traded, double previousDepth, double currentDepth,
                        QueueProbability probability) {
        double front = Math.max(0.0, queueAhead - traded);
        if (Double.isNaN(currentDepth)) {
            return front;
        }
        if (!Double.isNaN(previousDepth) && Double.isFinite(front)) {
            double remaining = Math.max(0.0, previousDepth - traded);
            double back = Math.max(0.0, remaining - front);
            double cancelled = Math.max(0.0, remaining - currentDepth);
            if (cancelled > 0) {
                double share = Math.min(1.0, Math.max(0.0, probability.shareAhead(front, back)));
                double fromBack = cancelled * (1.0 - share);
                double overflow = Math.max(0.0, fromBack - back);
                front -= cancelled * share + overflow;
            }
        }
        return Math.max(0.0, Math.min(front, currentDepth));
    }
}

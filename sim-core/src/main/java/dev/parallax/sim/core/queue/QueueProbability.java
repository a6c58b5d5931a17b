package dev.parallax.sim.core.queue;

/**
 * Decides which share of a cancellation at a price level happened ahead of the simulated order,
 * from the quantity in front of it and the quantity behind it.
 *
 * <p>The probabilistic queue models of hftbacktest follow the same idea: with a weight function
 * {@code f}, the share ahead is {@code f(front) / (f(front) + f(back))}. A convex {@code f} (a
 * power above 1) says that cancellations come mostly from the longer side; a concave one (log)
 * spreads them more evenly.
 */
@FunctionalInterface
public interface QueueProbability {

    /** Cancellations never happen ahead: the order advances only when trades consume the queue. */
    QueueProbability NONE = (front, back) -> 0.0;

    /**
     * Share of a cancellation that happened ahead of the order, in {@code [0, 1]}.
     *
     * @param front quantity ahead, {@code >= 0}
     * @param back  quantity behind, {@code >= 0}
     */
    double shareAhead(double front, double back);

    /** Weight {@code f(x) = x^exponent}; {@code exponent > 0}. */
    static QueueProbability power(double exponent) {
        if (!(exponent > 0) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("exponent must be a finite number > 0, was " + exponent);
        }
        return (front, back) -> weighted(Math.pow(front, exponent), Math.pow(back, exponent));
    }

    /** Weight {@code f(x) = ln(1 + x)}. */
    static QueueProbability log() {
        return (front, back) -> weighted(Math.log1p(front), Math.log1p(back));
    }

    private static double weighted(double front, double back) {
        double total = front + back;
        return total > 0 ? front / total : 0.0;
    }
}

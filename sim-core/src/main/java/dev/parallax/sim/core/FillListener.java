package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;

/**
 * Receives fills when the trader would learn of them: at the fill's venue time plus the
 * fill-notification latency, in the order of those times; and cancels when they take effect.
 */
@FunctionalInterface
public interface FillListener {

    /** Discards every fill; the simulator still keeps them in {@link ExecutionSimulator#fills()}. */
    FillListener NONE = fill -> { };

    /** Called once per fill. */
    void onFill(Fill fill);

    /**
     * Order {@code orderId}'s cancel took effect at venue time {@code timeNanos}, with
     * {@code unfilledSize} left unfilled. Called at that venue time, with no notification latency
     * (none is drawn, so the seeded fills do not move). Ignored by default.
     */
    default void onCancelled(String orderId, double unfilledSize, long timeNanos) {
    }
}

package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;

/**
 * Receives fills when the trader would learn of them: at the fill's venue time plus the
 * fill-notification latency, in the order of those times.
 */
@FunctionalInterface
public interface FillListener {

    /** Discards every fill; the simulator still keeps them in {@link ExecutionSimulator#fills()}. */
    FillListener NONE = fill -> { };

    /** Called once per fill. */
    void onFill(Fill fill);
}

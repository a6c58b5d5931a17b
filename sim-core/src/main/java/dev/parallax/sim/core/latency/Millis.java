package dev.parallax.sim.core.latency;

/** Conversion of model outputs in milliseconds to the engine's nanoseconds. */
final class Millis {

    private Millis() {
    }

    /** {@code millis} as whole nanoseconds, rounded half up; negative input gives 0. */
    static long toNanos(double millis) {
        return millis <= 0 ? 0L : Math.round(millis * 1_000_000.0);
    }
}

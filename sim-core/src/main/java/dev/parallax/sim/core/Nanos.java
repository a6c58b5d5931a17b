package dev.parallax.sim.core;

/** Arithmetic on epoch-nanosecond times inside the simulator. */
final class Nanos {

    private Nanos() {
    }

    /**
     * {@code time + delay}, held at {@link Long#MAX_VALUE} instead of overflowing: an event sent
     * so close to the end of the {@code long} time line that its latency would run past it simply
     * arrives at the last representable instant (and so never, for any real clock).
     */
    static long plus(long time, long delay) {
        long sum = time + delay;
        return ((time ^ sum) & (delay ^ sum)) < 0 ? (delay > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : sum;
    }
}

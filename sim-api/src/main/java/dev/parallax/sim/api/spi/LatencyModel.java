package dev.parallax.sim.api.spi;

import java.util.random.RandomGenerator;

/**
 * Draws network and processing delays.
 *
 * <p>Contract (checked by {@code LatencyModelContract}): every draw is {@code >= 0}; all randomness
 * comes from the generator passed in, so the same generator state gives the same delay.
 */
public interface LatencyModel {

    /**
     * One delay of the given kind, in nanoseconds, {@code >= 0}.
     *
     * @param kind which delay
     * @param rng  the only source of randomness the model may use
     */
    long sampleNanos(LatencyKind kind, RandomGenerator rng);
}

package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notBlank;

/**
 * What a store holds under one input id: the digest ({@link EventDigest}) of the event fed under
 * it, and whether that event was an entry the circuit breaker refused (kept without an event).
 *
 * @param inputId the input id, not blank
 * @param digest  the digest of the event recorded or refused under it
 * @param refused true when the entry was refused by the circuit breaker
 */
public record RecordedInput(String inputId, long digest, boolean refused) {

    /** Checks the input id. */
    public RecordedInput {
        notBlank("inputId", inputId);
    }
}

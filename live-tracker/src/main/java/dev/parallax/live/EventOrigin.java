package dev.parallax.live;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.util.Optional;

/**
 * Where an event recorded from an input came from, so that feeding the same input again records
 * nothing twice.
 *
 * @param inputId  the event's id in the input: a trade id, an exit id, or an id derived from the
 *                 line; not blank, at most 128 characters, no control characters
 * @param position how far the input is recorded once this event is, for inputs that can be resumed
 *                 (files); empty for a stream
 */
public record EventOrigin(String inputId, Optional<InputPosition> position) {

    /** Validates every field; see the component descriptions for the rules. */
    public EventOrigin {
        Identifiers.id("inputId", inputId);
        notNull("position", position);
    }

    /** An origin without a position, for an event from a stream. */
    public static EventOrigin of(String inputId) {
        return new EventOrigin(inputId, Optional.empty());
    }
}

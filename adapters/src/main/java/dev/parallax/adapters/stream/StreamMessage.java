package dev.parallax.adapters.stream;

import static dev.parallax.sim.api.Preconditions.notNull;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One message of the stream, as read by {@link LiveTradesFormat#parse}.
 *
 * @param event   the {@code event} field ({@code trade}, {@code bts:heartbeat}, ...)
 * @param channel the {@code channel} field, or the empty string when there is none
 * @param data    the {@code data} field, a missing node when there is none
 */
public record StreamMessage(String event, String channel, JsonNode data) {

    /** Validates that every field is given. */
    public StreamMessage {
        notNull("event", event);
        notNull("channel", channel);
        notNull("data", data);
    }
}

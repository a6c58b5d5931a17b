package dev.parallax.alert;

import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One alert about one strategy, from the parity tracker or the live tracker's risk limits.
 *
 * <p>The {@code id} is stable: an alert delivered more than once (the live tracker delivers at
 * least once, see {@code docs/RELIABILITY.md}) carries the same id every time, so a receiver can
 * drop the copies. {@link #of} derives it from the alert's content; the live tracker derives it
 * from the content and the alert's place in its database.
 *
 * @param id       stable identifier, not blank, at most {@value #MAX_ID_LENGTH} characters
 * @param kind     what happened; its {@link AlertKind#source() source} says who raised the alert
 * @param strategy the strategy, not blank
 * @param severity how urgent it is
 * @param message  what happened and why, not blank
 * @param operator who acted: the operator of a reset; empty for what a tracker did by itself
 * @param time     when it happened
 */
public record Alert(String id, AlertKind kind, String strategy, AlertSeverity severity, String message,
                    String operator, Instant time) {

    /** The longest id accepted. */
    public static final int MAX_ID_LENGTH = 128;

    /** Validates every field; see the component descriptions for the rules. */
    public Alert {
        notBlank("id", id);
        if (id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("id must be at most " + MAX_ID_LENGTH + " characters, was "
                    + id.length());
        }
        notNull("kind", kind);
        notBlank("strategy", strategy);
        notNull("severity", severity);
        notBlank("message", message);
        notNull("operator", operator);
        notNull("time", time);
    }

    /**
     * An alert whose id is a name-based UUID (version 3) of its content: the same strategy, kind,
     * severity, message, operator and time always give the same id.
     */
    public static Alert of(String strategy, AlertKind kind, AlertSeverity severity, String message, String operator,
                           Instant time) {
        Alert draft = new Alert("draft", kind, strategy, severity, message, operator, time);
        return draft.withId(contentId(draft, ""));
    }

    /** Who raised the alert: the source of its kind. */
    public AlertSource source() {
        return kind.source();
    }

    /** This alert with another id. */
    public Alert withId(String newId) {
        return new Alert(newId, kind, strategy, severity, message, operator, time);
    }

    /**
     * A name-based UUID (version 3) of this alert's content and {@code context}, for callers that
     * know where an alert stands (the live tracker passes the alert's place in its database).
     */
    public String contentId(String context) {
        return contentId(this, notNull("context", context));
    }

    private static String contentId(Alert alert, String context) {
        String content = String.join("\u0000", alert.strategy, alert.kind.name(), alert.severity.name(),
                alert.message, alert.operator, alert.time.toString(), context);
        return UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8)).toString();
    }
}

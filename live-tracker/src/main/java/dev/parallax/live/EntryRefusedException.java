package dev.parallax.live;

/**
 * A new entry was refused because the circuit breaker is tripped; the message says which limit
 * tripped, when, and when entries are allowed again. Nothing was recorded.
 */
public final class EntryRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** A refusal saying {@code reason}. */
    public EntryRefusedException(String reason) {
        super(reason);
    }
}

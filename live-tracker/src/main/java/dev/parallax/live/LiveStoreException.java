package dev.parallax.live;

/**
 * The live event store cannot be used: it could not be opened or written, it is corrupt, or it was
 * made by a newer version. The message names the store and says why.
 */
public final class LiveStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with {@code message}. */
    public LiveStoreException(String message) {
        super(message);
    }

    /** An error with {@code message}, caused by {@code cause}. */
    public LiveStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

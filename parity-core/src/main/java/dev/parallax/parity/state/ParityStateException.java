package dev.parallax.parity.state;

import java.nio.file.Path;

/**
 * A saved parity state file that cannot be read or written. The message names the file; the
 * strategy is not treated as enabled while its file is unreadable.
 */
public final class ParityStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** A failure about {@code file}, described by {@code message}. */
    public ParityStateException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}

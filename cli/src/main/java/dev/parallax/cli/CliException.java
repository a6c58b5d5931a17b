package dev.parallax.cli;

/**
 * A failure the user can fix, with a message that says what was wrong and how to fix it. Printed as
 * one line without a stack trace (unless {@code --verbose}).
 */
public class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public CliException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public CliException(String message, Throwable cause) {
        super(message, cause);
    }
}

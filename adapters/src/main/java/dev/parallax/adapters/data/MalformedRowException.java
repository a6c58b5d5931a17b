package dev.parallax.adapters.data;

/**
 * A row a strict reader could not read. The message names the file, the line number, what was wrong
 * and the row, and says how to go on.
 */
public final class MalformedRowException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient SkippedRow row;

    /** An exception about {@code row}. */
    public MalformedRowException(SkippedRow row, Throwable cause) {
        super(row + ". Fix the row, or read the file in lenient mode (BadRowPolicy.LENIENT) to skip and report bad rows",
                cause);
        this.row = row;
    }

    /** The file, line, row and reason. */
    public SkippedRow row() {
        return row;
    }
}

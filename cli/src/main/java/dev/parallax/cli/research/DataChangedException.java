package dev.parallax.cli.research;

import dev.parallax.cli.CliException;

/**
 * The bytes a machine running a sweep's points read are not those the driver read: their SHA-256
 * differs from the one the driver recorded, so the file was replaced or changed while the sweep ran and
 * its rows would come from different data. The command fails (exit 1) and writes nothing.
 */
public final class DataChangedException extends CliException {

    private static final long serialVersionUID = 1L;

    /**
     * A change of the data named {@code name}: the driver read {@code expected}, this reader {@code actual}
     * (SHA-256, lowercase hex).
     */
    public DataChangedException(String name, String expected, String actual) {
        super(message(name, expected, actual));
    }

    /** {@code found}'s message, raised again on the driver; {@code cause} is how it arrived there. */
    public DataChangedException(DataChangedException found, Throwable cause) {
        super(found.getMessage(), cause);
    }

    private static String message(String name, String expected, String actual) {
        return "data " + name + " has SHA-256 " + actual + " where the sweep's points ran, but the driver read "
                + expected + ": the data changed while the sweep ran, so its rows would mix different data; "
                + "leave the file unchanged until the job ends and run again";
    }
}

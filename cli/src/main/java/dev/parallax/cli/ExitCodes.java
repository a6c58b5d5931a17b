package dev.parallax.cli;

/** The exit codes of every {@code parallax} command. */
public final class ExitCodes {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The command failed: a bad file, a bad setting, a rejected record. */
    public static final int FAILED = 1;
    /** The arguments were wrong: an unknown option, a missing value, a value of the wrong type. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}

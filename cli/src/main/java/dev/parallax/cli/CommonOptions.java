package dev.parallax.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
public final class CommonOptions {

    /** Set by {@code --verbose}: errors print their stack trace. */
    @Option(names = "--verbose", description = "On an error, print the full stack trace as well.")
    boolean verbose;
}

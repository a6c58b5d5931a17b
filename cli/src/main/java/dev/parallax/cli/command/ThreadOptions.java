package dev.parallax.cli.command;

import dev.parallax.cli.UsageException;
import dev.parallax.research.LocalSweepRunner;
import picocli.CommandLine.Option;

/** {@code --threads}: the worker threads of the research commands. */
public final class ThreadOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: every core the JVM sees).")
    Integer threads;

    /** A runner on the chosen number of threads, checked. */
    LocalSweepRunner runner() {
        if (threads == null) {
            return LocalSweepRunner.allCores();
        }
        if (threads < 1 || threads > 1024) {
            throw new UsageException("--threads must be between 1 and 1024, was " + threads);
        }
        return new LocalSweepRunner(threads);
    }
}

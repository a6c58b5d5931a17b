package dev.parallax.cli.command;

import dev.parallax.cli.data.RemoteFiles;
import dev.parallax.research.LocalSweepRunner;
import dev.parallax.research.SweepRunner;

/**
 * Which runner {@code sweep} and {@code walk-forward} run their points on. {@code parallax} runs them
 * on this machine's threads ({@link #THREADS}); {@code parallax-spark} (module research-spark) passes
 * a choice that runs them as Spark jobs.
 */
@FunctionalInterface
public interface SweepRunnerChoice {

    /** The runner that {@code --threads} chose on this machine. */
    SweepRunnerChoice THREADS = local -> local;

    /**
     * The runner of a command whose config file and flags have been checked, so a choice may start
     * something costly here; {@code local} is the runner {@code --threads} chose on this machine.
     */
    SweepRunner choose(LocalSweepRunner local);

    /**
     * How the command reads a data location written as a URI ({@code --data} or the config's
     * {@code data.file}): {@link RemoteFiles#NONE}, a usage error, unless the runner's application reads URIs.
     */
    default RemoteFiles remoteFiles() {
        return RemoteFiles.NONE;
    }

    /** Where {@code runner} runs, for a summary line: {@code on 2 threads}, or {@code on} and its {@code toString}. */
    static String where(SweepRunner runner) {
        return runner instanceof LocalSweepRunner l ? "on " + l.threads() + " threads" : "on " + runner;
    }
}

package dev.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The entry point of the {@code parallax} command. {@link #run} is what {@code main} calls, and what
 * tests call in-process with their own output streams.
 */
public final class Parallax {

    private Parallax() {
    }

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command with {@code args}, writing results to {@code out} and errors to {@code err}.
     *
     * @return the exit code: 0 for success, 1 when the command failed, 2 for bad arguments
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    /** The configured picocli command line, for tests that look at usage text. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(new ParallaxCommand(), out, err);
    }

    /**
     * A command line for {@code command} (a picocli command object) that writes to {@code out} and
     * {@code err} and reports errors as {@code parallax} does: one line, exit 1, or 2 for bad arguments.
     * Other launchers of Parallax commands ({@code parallax-spark}) use it.
     */
    public static CommandLine commandLine(Object command, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(command);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new ErrorReporter());
        cmd.setParameterExceptionHandler(new UsageErrorReporter());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }
}

package dev.parallax.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the {@code parallax} command with captured output.
 *
 * @param code the exit code
 * @param out  what it wrote to standard output
 * @param err  what it wrote to standard error
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code args}. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Parallax.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The error output's lines that are not log lines. */
    public String errorLine() {
        return err.lines().filter(l -> l.startsWith("parallax")).findFirst().orElse("");
    }
}

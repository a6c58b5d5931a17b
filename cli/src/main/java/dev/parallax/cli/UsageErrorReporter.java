package dev.parallax.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Turns bad arguments into one line on standard error, pointing to {@code --help}, and exit code 2. */
final class UsageErrorReporter implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + ErrorReporter.describe(ex) + " (see '" + name + " --help')");
        err.flush();
        return ExitCodes.USAGE;
    }
}

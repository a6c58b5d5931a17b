package dev.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line on standard error and exit code 1 (2 for a
 * {@link UsageException}, a bad argument value); with {@code --verbose} the stack trace follows the line.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        boolean usage = ex instanceof UsageException;
        err.println(name + ": " + describe(ex) + (usage ? " (see '" + name + " --help')" : ""));
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return usage ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    /** One line saying what went wrong, from the exception and its causes. */
    static String describe(Throwable ex) {
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            return describeUnchecked(u);
        }
        Throwable t = ex;
        if (t instanceof NoSuchFileException e) {
            return "no such file: " + e.getFile();
        }
        if (t instanceof AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        if (t instanceof FileAlreadyExistsException e) {
            return "file already exists: " + e.getFile();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        } else if (t instanceof IOException && !(t instanceof java.io.FileNotFoundException)) {
            message = "I/O error: " + message;
        }
        return message.replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * An unchecked I/O failure: its cause when that is a missing, forbidden or existing file, or when the
     * wrapper adds nothing; otherwise the wrapper's context (which file, which line) with the cause's message.
     */
    private static String describeUnchecked(UncheckedIOException u) {
        IOException cause = u.getCause();
        String context = u.getMessage();
        if (cause instanceof NoSuchFileException || cause instanceof AccessDeniedException
                || cause instanceof FileAlreadyExistsException || context == null || context.equals(cause.toString())) {
            return describe(cause);
        }
        String reason = cause.getMessage();
        String line = reason == null || reason.isBlank() || context.contains(reason) ? context : context + ": " + reason;
        return ("I/O error: " + line).replace('\n', ' ').replace('\r', ' ');
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}

package dev.parallax.cli;

/**
 * A command-line argument whose value cannot be used (a negative balance, a date that is no date, an
 * unknown model name given by flag): printed as one line like any {@link CliException}, with exit code
 * {@link ExitCodes#USAGE} (2) as for an unknown option. A bad value read from a file is a plain
 * {@link CliException} (exit 1).
 */
public final class UsageException extends CliException {

    private static final long serialVersionUID = 1L;

    /** A bad argument described by {@code message}. */
    public UsageException(String message) {
        super(message);
    }

    /** A bad argument described by {@code message}, caused by {@code cause}. */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The failure for a bad value of {@code what}: a {@code UsageException} when {@code what} is an option
     * (it starts with {@code -}), otherwise (a field of a config file) a plain {@link CliException}.
     */
    public static CliException of(String what, String message, Throwable cause) {
        return what.startsWith("-") ? new UsageException(message, cause) : new CliException(message, cause);
    }

    /** As {@link #of(String, String, Throwable)} without a cause. */
    public static CliException of(String what, String message) {
        return of(what, message, null);
    }

    /**
     * Runs {@code parse} on the value of option {@code option}; any {@link CliException} or
     * {@link IllegalArgumentException} it throws becomes a {@code UsageException} with the same message.
     */
    public static <T> T parsingOption(String option, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (UsageException e) {
            throw e;
        } catch (CliException | IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            String bare = option.replaceFirst("^-+", "");
            if (m.startsWith(bare + " ")) {
                m = option + m.substring(bare.length());
            } else if (!m.contains(option)) {
                m = option + ": " + m;
            }
            throw new UsageException(m, e);
        }
    }
}

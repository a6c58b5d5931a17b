package dev.parallax.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * A one-line progress bar on standard error, drawn only when the process runs on a terminal
 * ({@link #onTerminal()}); when output is piped or captured it prints nothing.
 */
public final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final long total;
    private long lastDrawnNanos;
    private boolean drawn;

    private Progress(PrintWriter err, boolean enabled, String label, long total) {
        this.err = err;
        this.enabled = enabled;
        this.label = label;
        this.total = total;
    }

    /** A bar for {@code total} steps (0 when unknown), shown only on a terminal. */
    public static Progress onTerminal(PrintWriter err, String label, long total) {
        return new Progress(err, onTerminal(), label, total);
    }

    /**
     * True when standard input and output are a terminal. Up to JDK 21 that is exactly when
     * {@code System.console()} exists; from JDK 22 a console exists even when output is piped,
     * and its {@code isTerminal()} (looked up by reflection, as this code targets Java 17) tells.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** A bar that never draws. */
    public static Progress silent() {
        return new Progress(null, false, "", 0);
    }

    /** Reports that {@code done} steps are finished; redraws at most ten times a second. */
    public void update(long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDrawnNanos < 100_000_000L) {
            return;
        }
        lastDrawnNanos = now;
        drawn = true;
        if (total > 0) {
            double share = Math.min(1.0, (double) done / total);
            int filled = (int) Math.round(share * WIDTH);
            err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + Math.round(share * 100) + "%");
        } else {
            err.print("\r" + label + " " + done);
        }
        err.flush();
    }

    /** Clears the line. */
    @Override
    public void close() {
        if (enabled && drawn) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 10) + "\r");
            err.flush();
        }
    }
}

package dev.parallax.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, drawn only when the process runs on a terminal
 * ({@code System.console() != null}); when output is piped or captured it prints nothing.
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
        return new Progress(err, System.console() != null, label, total);
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

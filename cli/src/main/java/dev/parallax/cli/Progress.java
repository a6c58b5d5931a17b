package dev.parallax.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, drawn only when the process runs on a terminal
 * ({@link #onTerminal()}); when output is piped or captured it prints nothing. With a known total it
 * shows the count, the rate since the bar was made and the time left at that rate. Safe to update from
 * several threads.
 */
public final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastDrawnNanos;
    private boolean drawn;
    private int drawnLength;

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
    public synchronized void update(long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDrawnNanos < 100_000_000L && done < total) {
            return;
        }
        lastDrawnNanos = now;
        drawn = true;
        String text = line(label, done, total, now - startNanos);
        drawnLength = Math.max(drawnLength, text.length());
        err.print("\r" + text);
        err.flush();
    }

    /**
     * The text of the bar: with a known total, {@code label [###   ] 45% 450/1000 12.3/s ETA 0:44}
     * (rate = done / elapsed seconds; time left = (total - done) / rate, shown once a step is done);
     * otherwise {@code label 450}.
     */
    static String line(String label, long done, long total, long elapsedNanos) {
        if (total <= 0) {
            return label + " " + done;
        }
        double share = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(share * WIDTH);
        StringBuilder b = new StringBuilder(label).append(" [").append("#".repeat(filled))
                .append(" ".repeat(WIDTH - filled)).append("] ").append(Math.round(share * 100)).append("% ")
                .append(done).append('/').append(total);
        double seconds = elapsedNanos / 1e9;
        if (done > 0 && seconds > 0) {
            double rate = done / seconds;
            long left = Math.round(Math.max(0, total - done) / rate);
            b.append(String.format(Locale.ROOT, " %.1f/s ETA %d:%02d", rate, left / 60, left % 60));
        }
        return b.toString();
    }

    /** Clears the line. */
    @Override
    public synchronized void close() {
        if (enabled && drawn) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
        }
    }
}

package dev.parallax.cli.report;

import java.io.PrintWriter;
import java.util.Locale;

/** Reports as plain text: metric tables and the backtest-live comparison. */
public final class TextReport {

    private TextReport() {
    }

    /** The figures of one run, with the basis of its return figures. */
    public static void run(PrintWriter out, RunView run) {
        out.println(run.name() + " (" + run.basis().describe() + "):");
        run.metrics().forEach(m -> out.println(String.format(Locale.ROOT, "  %-28s %s", m.label(), m.formatted())));
        var years = CalendarTable.yearly(run.monthly());
        if (!years.isEmpty()) {
            StringBuilder line = new StringBuilder("  yearly returns              ");
            years.forEach((year, r) -> line.append(' ').append(year).append(' ').append(Format.percent(r)));
            out.println(line);
        }
        for (DrawdownPeriods.Period p : DrawdownPeriods.deepest(run.startEquity(), run.equityMillis(), run.equity(),
                HtmlReport.DRAWDOWN_PERIODS)) {
            out.println(String.format(Locale.ROOT, "  %-28s %s from %s, trough %s, %s", "drawdown period",
                    Format.percent(p.depth()), java.time.Instant.ofEpochMilli(p.peakMillis()),
                    java.time.Instant.ofEpochMilli(p.troughMillis()), p.recoveryMillis().isPresent()
                            ? "recovered " + java.time.Instant.ofEpochMilli(p.recoveryMillis().getAsLong())
                            : "not recovered"));
        }
    }

    /** Backtest and live side by side with the difference, under a line naming their common basis. */
    public static void compare(PrintWriter out, Comparison comparison) {
        out.println(comparison.basis().describe());
        out.println(String.format(Locale.ROOT, "%-28s %14s %14s %16s", "", "backtest", "live", "live - backtest"));
        for (Comparison.Row r : comparison.rows()) {
            out.println(String.format(Locale.ROOT, "%-28s %14s %14s %16s", r.label(), r.unit().format(r.backtest()),
                    r.unit().format(r.live()), r.unit().format(r.difference())));
        }
    }

    /** The notes, each run's figures, then the comparison when there are both (the parity table is {@code ParityText}'s). */
    public static void write(PrintWriter out, Report report) {
        report.notes().forEach(out::println);
        report.backtest().ifPresent(v -> run(out, v));
        report.live().ifPresent(v -> run(out, v));
        report.comparison().ifPresent(c -> compare(out, c));
    }
}

package dev.parallax.cli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reports as plain text: metric tables and the backtest-live comparison. */
public final class TextReport {

    private TextReport() {
    }

    /** The metrics of one run. */
    public static void run(PrintWriter out, RunView run) {
        out.println(run.name() + ":");
        run.metrics().forEach((k, v) -> out.println(String.format(Locale.ROOT, "  %-28s %s", k, v)));
    }

    /** Backtest and live side by side with the difference. */
    public static void compare(PrintWriter out, RunView backtest, RunView live) {
        out.println(String.format(Locale.ROOT, "%-16s %14s %14s %16s", "", "backtest", "live", "live - backtest"));
        List<Map.Entry<String, Double>> b = backtest.figures().rows();
        List<Map.Entry<String, Double>> l = live.figures().rows();
        for (int i = 0; i < b.size(); i++) {
            String row = b.get(i).getKey();
            out.println(String.format(Locale.ROOT, "%-16s %14s %14s %16s", row, Format.figure(row, b.get(i).getValue()),
                    Format.figure(row, l.get(i).getValue()), Format.figure(row, l.get(i).getValue() - b.get(i).getValue())));
        }
    }
}

package dev.parallax.cli.parity;

import dev.parallax.cli.report.Format;
import dev.parallax.cli.report.ParityView;
import dev.parallax.parity.CostAttribution;
import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParityLimits;
import dev.parallax.parity.ParityThresholds;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.Locale;

/** Parity as plain text: the thresholds in one line and the daily reports as a table. */
public final class ParityText {

    private ParityText() {
    }

    /** The limits in one line: the thresholds, the drift window and the zone of the report days. */
    public static String limits(ParityLimits limits) {
        ParityThresholds t = limits.thresholds();
        return "thresholds: tracking error warning " + Format.number(t.warningTrackingErrorBps(), 0) + " / critical "
                + Format.number(t.criticalTrackingErrorBps(), 0) + " / disable "
                + Format.number(t.disableTrackingErrorBps(), 0) + " bps (days with >= " + t.minTradesForTrackingError()
                + " trades); disable when " + limits.driftWindowDays() + "-day drift > " + Format.number(t.maxCumulativeDriftBps(), 0)
                + " bps, slippage > " + Format.number(t.maxSlippageBps(), 0) + " bps, fee impact > "
                + Format.number(t.maxFeeImpactBps(), 0) + " bps, timing > " + Format.number(t.maxTimingImpactBps(), 0)
                + " bps or latency > " + Format.number(t.maxLatencyMillis(), 0) + " ms; days in " + (limits.zone().equals(ZoneOffset.UTC) ? "UTC" : limits.zone())
                + ", returns compared over " + limits.returnWindowDays() + " days";
    }

    /** The daily reports of {@code view} as a table, each line starting with {@code indent}. */
    public static void table(PrintWriter out, ParityView view, String indent) {
        out.println(indent + String.format(Locale.ROOT, "%-10s %7s %8s %8s %8s %8s %8s %8s %8s %8s %9s  %s", "day",
                "matched", "track.e", "mean", "slip", "fee", "timing", "impact", "pnl.diff", "drift7d", "lat.ms",
                "status at end"));
        for (ParityView.Day d : view.days()) {
            DailyParityReport r = d.report();
            CostAttribution a = r.attribution();
            out.println(indent + String.format(Locale.ROOT,
                    "%-10s %7d %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %9.0f  %s%s", r.date(),
                    r.matchedTrades(), r.trackingErrorBps(), r.priceDifferences().meanBps(), a.slippageBps(),
                    a.feeBps(), a.timingBps(), a.marketImpactBps(), r.pnlDifferenceBps(), r.cumulativeDriftBps(),
                    r.meanLatencyMillis(), d.statusAtEnd(),
                    r.unmatched().count() == 0 ? "" : "  (" + unmatched(r) + ")"));
        }
        out.println(indent + "status after these days: " + view.status()
                + (view.disableReason().isEmpty() ? "" : " - " + view.disableReason()));
    }

    private static String unmatched(DailyParityReport r) {
        return r.unmatched().backtestOnly().size() + " backtest-only, " + r.unmatched().liveOnly().size()
                + " live-only trades";
    }
}

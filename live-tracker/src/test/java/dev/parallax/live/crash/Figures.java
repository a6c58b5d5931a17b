package dev.parallax.live.crash;

import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.export.SnapshotJson;
import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParitySummary;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.UnmatchedTrades;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a crash must not change, read from a live tracker and its parity tracker: the live
 * snapshot as JSON (account, trades, positions, risk, performance, daily summaries) and the parity
 * status, reason, matched and unmatched trades, and the report of every day.
 */
record Figures(String liveSnapshotJson, ParityStatus status, String disableReason, long completedTrades,
               UnmatchedTrades unmatched, List<DailyParityReport> dailyReports, ParitySummary summary) {

    static Figures of(LiveExecutionTracker live, ParityTracker parity, List<LocalDate> days) {
        return new Figures(SnapshotJson.toJson(live.snapshot()), parity.status(), parity.disableReason(),
                parity.completedTrades(), parity.unmatched(), days.stream().map(parity::dailyReport).toList(),
                parity.summary(days.get(days.size() - 1)));
    }
}

package dev.parallax.live.crash;

import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.live.export.SnapshotJson;
import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParitySummary;
import dev.parallax.parity.ParityTracker;
import dev.parallax.parity.TradeComparison;
import dev.parallax.parity.UnmatchedTrades;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a crash must not change, read from a live tracker and its parity tracker: the live
 * snapshot as JSON (account, trades, positions, risk, performance, daily summaries) and the parity
 * status, reason, matched and unmatched trades, the report of every day, and the answer of
 * {@link ParityTracker#trade} for every trade id of the stream's backtest (archived trades included).
 */
record Figures(String liveSnapshotJson, ParityStatus status, String disableReason, long completedTrades,
               UnmatchedTrades unmatched, List<DailyParityReport> dailyReports, ParitySummary summary,
               List<Optional<TradeComparison>> trades) {

    static Figures of(LiveExecutionTracker live, ParityTracker parity, CrashStream stream) {
        List<LocalDate> days = stream.days();
        return new Figures(SnapshotJson.toJson(live.snapshot()), parity.status(), parity.disableReason(),
                parity.completedTrades(), parity.unmatched(), days.stream().map(parity::dailyReport).toList(),
                parity.summary(days.get(days.size() - 1)),
                stream.backtest().stream().map(b -> parity.trade(b.orderId())).toList());
    }
}

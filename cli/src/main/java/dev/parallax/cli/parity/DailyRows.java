package dev.parallax.cli.parity;

import dev.parallax.backtest.result.BacktestResult;
import dev.parallax.cli.report.ParityView;
import dev.parallax.live.DailySummary;
import dev.parallax.live.LiveExecutionTracker;
import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityThresholds;
import dev.parallax.parity.ParityTracker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Daily parity figures of a tracker, for the text and HTML reports. */
public final class DailyRows {

    private DailyRows() {
    }

    /** Records the backtest's and the live account's daily returns, compared in the daily reports. */
    public static void recordReturns(ParityTracker parity, BacktestResult backtest, LiveExecutionTracker live) {
        long[] times = backtest.dailyTimesNanos();
        double[] returns = backtest.dailyReturns();
        for (int i = 0; i < times.length; i++) {
            parity.recordBacktestReturn(day(times[i]), returns[i]);
        }
        for (DailySummary d : live.dailySummaries()) {
            if (d.startingEquity() > 0) {
                parity.recordLiveReturn(d.date(), d.endingEquity() / d.startingEquity() - 1);
            }
        }
    }

    /**
     * The parity view of {@code parity} over the days in {@code statusAtEndOfDay} and every day
     * between; a day without a recorded status carries the previous one. {@code moreDays} widen the range
     * (the first and last day of the backtest, say).
     */
    public static ParityView view(ParityTracker parity, ParityThresholds thresholds,
                                  Map<LocalDate, ParityStatus> statusAtEndOfDay, LocalDate... moreDays) {
        TreeSet<LocalDate> days = new TreeSet<>(statusAtEndOfDay.keySet());
        days.addAll(java.util.Arrays.asList(moreDays));
        List<ParityView.Day> rows = new ArrayList<>();
        if (!days.isEmpty()) {
            ParityStatus status = ParityStatus.ACTIVE;
            for (LocalDate d = days.first(); !d.isAfter(days.last()); d = d.plusDays(1)) {
                status = statusAtEndOfDay.getOrDefault(d, status);
                DailyParityReport report = parity.dailyReport(d);
                rows.add(new ParityView.Day(report, status));
            }
        }
        return new ParityView(parity.strategy(), rows, thresholds, parity.status(), parity.disableReason());
    }

    /** The UTC day of an epoch-nanosecond time. */
    public static LocalDate day(long nanos) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(0, nanos), ZoneOffset.UTC);
    }
}

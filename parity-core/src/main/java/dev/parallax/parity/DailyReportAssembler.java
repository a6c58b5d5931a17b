package dev.parallax.parity;

import java.time.LocalDate;

/** Builds {@link DailyParityReport}s and summaries from a {@link TradeLedger}. Stateless. */
final class DailyReportAssembler {

    private final String strategy;
    private final ParitySettings settings;

    DailyReportAssembler(String strategy, ParitySettings settings) {
        this.strategy = strategy;
        this.settings = settings;
    }

    DailyParityReport report(TradeLedger ledger, LocalDate date) {
        return report(ledger, date, ledger.unmatchedOn(date));
    }

    /**
     * The report of {@code date} as {@link ThresholdPolicy} judges it after each completed trade: the
     * same figures, without the lists of the day's one-sided trades, which no threshold reads and
     * which would cost a sort of the day's one-sided ids per trade.
     */
    DailyParityReport reportToJudge(TradeLedger ledger, LocalDate date) {
        return report(ledger, date, UnmatchedTrades.NONE);
    }

    private DailyParityReport report(TradeLedger ledger, LocalDate date, UnmatchedTrades unmatched) {
        DayAccumulator day = ledger.completedOn(date);
        double[][] returns = ledger.pairedReturns(date.minusDays(settings.returnWindowDays() - 1L), date);
        return new DailyParityReport(strategy, date, settings.zone(), day.statistics(), day.attribution(),
                day.meanLatencyMillis(), day.maxLatencyMillis(), day.meanDelayMillis(), cumulativeDrift(ledger, date),
                ReturnComparison.of(returns[0], returns[1]), unmatched);
    }

    /** Sum of the daily P&amp;L differences over the drift window ending on {@code date}. */
    double cumulativeDrift(TradeLedger ledger, LocalDate date) {
        double drift = 0;
        for (int back = settings.driftWindowDays() - 1; back >= 0; back--) {
            drift += ledger.completedOn(date.minusDays(back)).attribution().totalBps();
        }
        return drift;
    }

    /** Mean daily tracking error over the drift window's days that had matched trades; 0 if none. */
    double recentAverageTrackingError(TradeLedger ledger, LocalDate date) {
        double sum = 0;
        int days = 0;
        for (int back = settings.driftWindowDays() - 1; back >= 0; back--) {
            DifferenceStatistics day = ledger.completedOn(date.minusDays(back)).statistics();
            if (day.count() > 0) {
                sum += day.trackingErrorBps();
                days++;
            }
        }
        return days == 0 ? 0 : sum / days;
    }
}

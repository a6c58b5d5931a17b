package dev.parallax.parity;

import java.time.LocalDate;
import java.util.List;

/** Builds {@link DailyParityReport}s and summaries from a {@link TradeLedger}. Stateless. */
final class DailyReportAssembler {

    private final String strategy;
    private final ParitySettings settings;

    DailyReportAssembler(String strategy, ParitySettings settings) {
        this.strategy = strategy;
        this.settings = settings;
    }

    DailyParityReport report(TradeLedger ledger, LocalDate date) {
        List<TradeComparison> trades = ledger.completedOn(date);
        double[] differences = new double[trades.size()];
        double latencySum = 0;
        double latencyMax = 0;
        double timingSum = 0;
        for (int i = 0; i < trades.size(); i++) {
            TradeComparison trade = trades.get(i);
            differences[i] = trade.priceDifferenceBps();
            latencySum += trade.live().latencyMillis();
            latencyMax = Math.max(latencyMax, trade.live().latencyMillis());
            timingSum += trade.timingDifferenceMillis();
        }
        int n = trades.size();
        double[][] returns = ledger.pairedReturns(date.minusDays(settings.returnWindowDays() - 1L), date);
        return new DailyParityReport(strategy, date, settings.zone(), DifferenceStatistics.of(differences),
                CostAttribution.notionalWeighted(trades), n == 0 ? 0 : latencySum / n, latencyMax,
                n == 0 ? 0 : timingSum / n, cumulativeDrift(ledger, date),
                ReturnComparison.of(returns[0], returns[1]), ledger.unmatchedOn(date));
    }

    /** Sum of the daily P&amp;L differences over the drift window ending on {@code date}. */
    double cumulativeDrift(TradeLedger ledger, LocalDate date) {
        double drift = 0;
        for (int back = settings.driftWindowDays() - 1; back >= 0; back--) {
            drift += CostAttribution.notionalWeighted(ledger.completedOn(date.minusDays(back))).totalBps();
        }
        return drift;
    }

    /** Mean daily tracking error over the drift window's days that had matched trades; 0 if none. */
    double recentAverageTrackingError(TradeLedger ledger, LocalDate date) {
        double sum = 0;
        int days = 0;
        for (int back = settings.driftWindowDays() - 1; back >= 0; back--) {
            List<TradeComparison> trades = ledger.completedOn(date.minusDays(back));
            if (!trades.isEmpty()) {
                double[] differences = trades.stream().mapToDouble(TradeComparison::priceDifferenceBps).toArray();
                sum += DifferenceStatistics.of(differences).trackingErrorBps();
                days++;
            }
        }
        return days == 0 ? 0 : sum / days;
    }
}

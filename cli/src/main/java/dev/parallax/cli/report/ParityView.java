package dev.parallax.cli.report;

import dev.parallax.parity.DailyParityReport;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityThresholds;
import dev.parallax.sim.api.Preconditions;
import java.util.List;

/**
 * What a report shows of a strategy's parity: one row per day and the thresholds it was judged by.
 *
 * @param strategy      the strategy
 * @param days          the daily reports with the status at the end of each day, in date order
 * @param thresholds    the limits the status moved by
 * @param status        the status now
 * @param disableReason why the strategy is disabled; empty when it is not
 */
public record ParityView(String strategy, List<Day> days, ParityThresholds thresholds, ParityStatus status,
                         String disableReason) {

    /** Validates and copies. */
    public ParityView {
        Preconditions.notBlank("strategy", strategy);
        days = List.copyOf(days);
        Preconditions.notNull("thresholds", thresholds);
        Preconditions.notNull("status", status);
        Preconditions.notNull("disableReason", disableReason);
    }

    /**
     * One day.
     *
     * @param report      the parity report of the day
     * @param statusAtEnd the status once the day's trades were recorded
     */
    public record Day(DailyParityReport report, ParityStatus statusAtEnd) {
    }
}

package dev.parallax.parity;

import static dev.parallax.sim.api.Preconditions.notNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies {@link ParityThresholds} to a {@link DailyParityReport}. Stateless; the rules are
 * described on {@link ParityThresholds}.
 */
public final class ThresholdPolicy {

    /** The policy with {@link ParityThresholds#DEFAULTS}. */
    public static final ThresholdPolicy DEFAULT = new ThresholdPolicy(ParityThresholds.DEFAULTS);

    private final ParityThresholds thresholds;

    /** A policy applying {@code thresholds}. */
    public ThresholdPolicy(ParityThresholds thresholds) {
        this.thresholds = notNull("thresholds", thresholds);
    }

    /** The thresholds this policy applies. */
    public ParityThresholds thresholds() {
        return thresholds;
    }

    /**
     * The status the report calls for, with every disable trigger that fired. With fewer matched
     * trades than the minimum the tracking error is not judged (see {@link StatusVerdict}).
     */
    public StatusVerdict evaluate(DailyParityReport report) {
        // The tracker judges reports without their one-sided trade lists (reportToJudge): a threshold
        // on unmatched trades would have to be given them there.
        List<DisableTrigger> triggers = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        boolean judged = report.matchedTrades() >= thresholds.minTradesForTrackingError();
        ParityStatus level = trackingErrorLevel(report);
        double te = report.trackingErrorBps();
        if (level == ParityStatus.DISABLED) {
            breach(triggers, reasons, DisableTrigger.TRACKING_ERROR, "daily tracking error", te, "bps",
                    ">=", thresholds.disableTrackingErrorBps());
        } else if (level != ParityStatus.ACTIVE) {
            reasons.add(format("daily tracking error %s bps >= %s level %s bps", te, level,
                    level == ParityStatus.WARNING ? thresholds.warningTrackingErrorBps()
                            : thresholds.criticalTrackingErrorBps()));
        }
        CostAttribution a = report.attribution();
        checkMax(triggers, reasons, DisableTrigger.SLIPPAGE, "slippage", a.slippageBps(), "bps",
                thresholds.maxSlippageBps());
        checkMax(triggers, reasons, DisableTrigger.FEE_IMPACT, "fee impact", a.feeBps(), "bps",
                thresholds.maxFeeImpactBps());
        checkMax(triggers, reasons, DisableTrigger.TIMING_IMPACT, "timing impact", a.timingBps(), "bps",
                thresholds.maxTimingImpactBps());
        checkMax(triggers, reasons, DisableTrigger.LATENCY, "mean latency", report.meanLatencyMillis(), "ms",
                thresholds.maxLatencyMillis());
        checkMax(triggers, reasons, DisableTrigger.CUMULATIVE_DRIFT, "absolute cumulative drift",
                Math.abs(report.cumulativeDriftBps()), "bps", thresholds.maxCumulativeDriftBps());
        if (!triggers.isEmpty()) {
            reasons.removeIf(r -> !r.startsWith("DISABLE"));
            return new StatusVerdict(ParityStatus.DISABLED, triggers, prefix(report) + String.join("; ", reasons),
                    judged);
        }
        String reason = reasons.isEmpty() ? "" : prefix(report) + String.join("; ", reasons);
        return new StatusVerdict(level, List.of(), reason, judged);
    }

    private ParityStatus trackingErrorLevel(DailyParityReport report) {
        if (report.matchedTrades() < thresholds.minTradesForTrackingError()) {
            return ParityStatus.ACTIVE;
        }
        double te = report.trackingErrorBps();
        if (te >= thresholds.disableTrackingErrorBps()) {
            return ParityStatus.DISABLED;
        }
        if (te >= thresholds.criticalTrackingErrorBps()) {
            return ParityStatus.CRITICAL;
        }
        if (te >= thresholds.warningTrackingErrorBps()) {
            return ParityStatus.WARNING;
        }
        return ParityStatus.ACTIVE;
    }

    private static void checkMax(List<DisableTrigger> triggers, List<String> reasons, DisableTrigger trigger,
                                 String what, double value, String unit, double max) {
        if (value > max) {
            breach(triggers, reasons, trigger, what, value, unit, ">", max);
        }
    }

    private static void breach(List<DisableTrigger> triggers, List<String> reasons, DisableTrigger trigger,
                               String what, double value, String unit, String rule, double limit) {
        triggers.add(trigger);
        reasons.add(format("DISABLE %s: %s %s %s %s limit %s %s", trigger, what, value, unit, rule, limit, unit));
    }

    private static String prefix(DailyParityReport report) {
        return report.strategy() + " on " + report.date() + ": ";
    }

    private static String format(String pattern, Object... args) {
        Object[] rounded = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rounded[i] = args[i] instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : args[i];
        }
        return String.format(Locale.ROOT, pattern, rounded);
    }
}

package dev.parallax.live;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The circuit breaker and the drawdown alert.
 *
 * <p>The trading day is the calendar date of an event's time in the configured zone; it only moves
 * forward. The day's starting equity is the equity just before its first event. The daily loss is
 * {@code dayStartEquity - equity}; when it reaches {@code maxDailyLoss * dayStartEquity} the breaker
 * trips, once, and stays tripped for the rest of that day unless an operator resets it. A reset
 * makes the equity at the reset the new starting equity of the day, so the full daily allowance
 * applies again from there. The drawdown is {@code (peak - equity) / peak} with the peak starting
 * at the initial balance; the alert fires once when it reaches {@code maxDrawdown}, and again only
 * after equity has made a new peak.
 *
 * <p>{@link #afterEvent} proposes the risk events an event caused; they count once they are
 * {@link #apply applied}, after the store has written them. Replaying stored events therefore goes
 * through the same states. Not thread-safe: the tracker serialises access.
 */
final class RiskMonitor {

    private final RiskLimits limits;
    private final ZoneId zone;
    private LocalDate tradingDay;
    private double dayStartEquity;
    private double peakEquity;
    private boolean tripped;
    private LocalDate trippedDay;
    private String tripReason = "";
    private boolean drawdownAlerted;

    RiskMonitor(RiskLimits limits, ZoneId zone, double initialBalance) {
        this.limits = limits;
        this.zone = zone;
        this.peakEquity = initialBalance;
        this.dayStartEquity = initialBalance;
    }

    /** Writes the breaker, the day and the drawdown state, for a snapshot; limits and zone come from the settings. */
    void writeTo(SnapshotWriter out) {
        out.writeOptionalDate(tradingDay);
        out.writeDouble(dayStartEquity);
        out.writeDouble(peakEquity);
        out.writeBoolean(tripped);
        out.writeOptionalDate(trippedDay);
        out.writeText(tripReason);
        out.writeBoolean(drawdownAlerted);
    }

    /** A monitor written by {@link #writeTo}; a tripped breaker must name its day and reason. */
    static RiskMonitor readFrom(SnapshotReader in, RiskLimits limits, ZoneId zone, double initialBalance) {
        RiskMonitor monitor = new RiskMonitor(limits, zone, initialBalance);
        monitor.tradingDay = in.readOptionalDate();
        monitor.dayStartEquity = in.readDouble();
        monitor.peakEquity = in.readDouble();
        monitor.tripped = in.readBoolean();
        monitor.trippedDay = in.readOptionalDate();
        monitor.tripReason = in.readText();
        monitor.drawdownAlerted = in.readBoolean();
        if (monitor.tripped && (monitor.trippedDay == null || monitor.tripReason.isBlank())) {
            throw new IllegalArgumentException("a tripped circuit breaker must have a day and a reason, had "
                    + monitor.trippedDay + " and '" + monitor.tripReason + "'");
        }
        return monitor;
    }

    LocalDate dayOf(Instant time) {
        return time.atZone(zone).toLocalDate();
    }

    /** Moves to the day of {@code time} if it is later, starting that day at {@code equityBefore}. */
    void beforeEvent(Instant time, double equityBefore) {
        LocalDate day = dayOf(time);
        if (tradingDay == null || day.isAfter(tradingDay)) {
            tradingDay = day;
            dayStartEquity = equityBefore;
            tripped = false;
            tripReason = "";
        }
    }

    /** Why an entry at {@code time} is refused, or empty when it is allowed. */
    Optional<String> entryRefusal(Instant time) {
        if (tripped && !dayOf(time).isAfter(trippedDay)) {
            return Optional.of("new entries are refused: the circuit breaker tripped on " + trippedDay + " ("
                    + tripReason + "); entries resume on the next trading day after " + trippedDay + " (zone " + zone
                    + ") or after an explicit reset");
        }
        return Optional.empty();
    }

    /** Updates the peak with the equity after an event and proposes the risk events it caused. */
    List<RiskEvent> afterEvent(Instant time, double equity) {
        if (equity > peakEquity) {
            peakEquity = equity;
            drawdownAlerted = false;
        }
        List<RiskEvent> proposed = new ArrayList<>(2);
        double loss = dayStartEquity - equity;
        // As a fraction of the day's start, not in money: 0.07 * 10,000 rounds above 700, so a loss of
        // exactly 7% would not reach the money limit; 700 / 10,000 is the same double as 0.07.
        boolean reached = dayStartEquity > 0 ? loss / dayStartEquity >= limits.maxDailyLoss()
                : loss >= limits.maxDailyLoss() * dayStartEquity;
        if (!tripped && reached) {
            proposed.add(new RiskEvent(RiskEventKind.DAILY_LOSS_LIMIT, time, String.format(java.util.Locale.ROOT,
                    "daily loss limit reached on %s: lost %.2f of the day's starting equity %.2f (%.2f%%), "
                            + "limit %.2f%%; new entries are refused", tradingDay, loss, dayStartEquity,
                    100 * loss / dayStartEquity, 100 * limits.maxDailyLoss()), ""));
        }
        double drawdown = drawdown(equity);
        if (!drawdownAlerted && drawdown >= limits.maxDrawdown()) {
            proposed.add(new RiskEvent(RiskEventKind.DRAWDOWN_ALERT, time, String.format(java.util.Locale.ROOT,
                    "maximum drawdown reached: equity %.2f is %.2f%% below its peak %.2f, limit %.2f%%",
                    equity, 100 * drawdown, peakEquity, 100 * limits.maxDrawdown()), ""));
        }
        return proposed;
    }

    /** Takes a risk event into account; {@code equity} is the equity when it happened. */
    void apply(RiskEvent event, double equity) {
        switch (event.kind()) {
            case DAILY_LOSS_LIMIT -> {
                tripped = true;
                trippedDay = tradingDay == null ? dayOf(event.time()) : tradingDay;
                tripReason = event.reason();
            }
            case DRAWDOWN_ALERT -> drawdownAlerted = true;
            case BREAKER_RESET -> {
                tripped = false;
                tripReason = "";
                dayStartEquity = equity;
            }
            case EXECUTION_WHILE_REFUSED -> {
                // recorded and alerted; the breaker stays as it is
            }
        }
    }

    /** {@code (peak - equity) / peak}, which is exact where {@code 1 - equity / peak} rounds (1 - 0.9). */
    double drawdown(double equity) {
        return Math.max(0, (peakEquity - equity) / peakEquity);
    }

    double peakEquity() {
        return peakEquity;
    }

    BreakerState state() {
        return new BreakerState(tripped, Optional.ofNullable(tripped ? trippedDay : null), tripReason,
                Optional.ofNullable(tradingDay), dayStartEquity);
    }
}

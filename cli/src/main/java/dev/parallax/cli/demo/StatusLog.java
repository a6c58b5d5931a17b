package dev.parallax.cli.demo;

import dev.parallax.backtest.AccountView;
import dev.parallax.backtest.EngineObserver;
import dev.parallax.cli.parity.DailyRows;
import dev.parallax.parity.ParityStatus;
import dev.parallax.parity.ParityTracker;
import dev.parallax.sim.api.Preconditions;
import dev.parallax.sim.api.data.MarketEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Watches a parity tracker after each event of the demo's live run: writes a line when its status
 * has changed, and keeps the status at the end of each day (UTC, the day of the event's time) for the
 * daily table. A change is reported at the time of the event in whose handling it happened (for a
 * bar, the bar's end), since the executions of that event are what the parity tracker judged.
 */
public final class StatusLog implements EngineObserver {

    private final ParityTracker parity;
    private final Consumer<String> log;
    private final Map<LocalDate, ParityStatus> statusAtEndOfDay = new LinkedHashMap<>();
    private ParityStatus last;
    private long disabledAtNanos = Long.MIN_VALUE;

    /** Watches {@code parity}, starting from its status now, writing its lines to {@code log}. */
    public StatusLog(ParityTracker parity, Consumer<String> log) {
        this.parity = Preconditions.notNull("parity", parity);
        this.log = Preconditions.notNull("log", log);
        this.last = parity.status();
    }

    @Override
    public void afterEvent(MarketEvent event, AccountView account) {
        ParityStatus now = parity.status();
        statusAtEndOfDay.put(DailyRows.day(event.timeNanos()), now);
        if (now == last) {
            return;
        }
        String time = Instant.ofEpochSecond(0, event.timeNanos()).truncatedTo(ChronoUnit.SECONDS).toString();
        log.accept(time + "  parity status " + last + " -> " + now
                + (now == ParityStatus.DISABLED ? "  (" + parity.disableReason() + ")" : ""));
        if (now == ParityStatus.DISABLED) {
            if (disabledAtNanos == Long.MIN_VALUE) {
                disabledAtNanos = event.timeNanos();
            }
            log.accept(time + "  from here on, orders that would open a position are refused before they go out; "
                    + "orders that close one still go out");
        }
        last = now;
    }

    /** The parity status at the end of each day an event fell on, in day order. */
    public Map<LocalDate, ParityStatus> statusAtEndOfDay() {
        return Collections.unmodifiableMap(statusAtEndOfDay);
    }

    /** The time of the event after which the strategy was first seen disabled, epoch nanoseconds; empty if never. */
    public OptionalLong disabledAtNanos() {
        return disabledAtNanos == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(disabledAtNanos);
    }
}

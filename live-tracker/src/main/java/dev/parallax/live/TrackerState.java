package dev.parallax.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the tracker derives from its events: the ledger, the risk monitor, the daily tallies
 * and the risk events. Built by applying events in order, whether they are new or replayed.
 * Not thread-safe: the tracker serialises access.
 */
final class TrackerState {

    private final Ledger ledger;
    private final RiskMonitor risk;
    private final DayBook days = new DayBook();
    private final List<RiskEvent> riskEvents = new ArrayList<>();
    /** Digest of each event recorded from an input, by its input id. */
    private final Map<String, Long> inputDigests = new HashMap<>();
    private Instant newestTime;
    private long eventCount;

    TrackerState(LiveTrackerSettings settings, double initialBalance) {
        this.ledger = new Ledger(initialBalance);
        this.risk = new RiskMonitor(settings.limits(), settings.zone(), initialBalance);
    }

    /**
     * Rejects an entry, exit or mark that cannot be recorded, changing nothing.
     *
     * @throws IllegalArgumentException if the event breaks a rule; the message names it
     * @throws EntryRefusedException    if it is an entry and the circuit breaker is tripped
     */
    void check(LiveEvent event, Instant now, Duration maxSkew) {
        Instant time = event.time();
        if (newestTime != null && time.isBefore(newestTime.minus(maxSkew))) {
            throw new IllegalArgumentException("time must not be more than " + maxSkew + " before the newest recorded "
                    + "event (" + newestTime + "), was " + time + "; events must arrive in time order");
        }
        if (time.isAfter(now.plus(maxSkew))) {
            throw new IllegalArgumentException("time must not be more than " + maxSkew + " after the clock (" + now
                    + "), was " + time);
        }
        if (event instanceof LiveEntry entry) {
            ledger.check(entry);
            risk.entryRefusal(time).ifPresent(reason -> {
                throw new EntryRefusedException("entry '" + entry.tradeId() + "' refused: " + reason);
            });
        } else if (event instanceof LiveExit exit) {
            ledger.check(exit);
        }
    }

    /**
     * True if {@code event} was recorded before under {@code inputId}, or is an entry equal to the
     * recorded entry of its trade (recorded before input ids were kept).
     *
     * @throws IllegalArgumentException if {@code inputId} was recorded for a different event
     */
    boolean alreadyRecorded(LiveEvent event, String inputId) {
        Long digest = inputDigests.get(inputId);
        if (digest != null) {
            if (digest != EventDigest.of(event)) {
                throw new IllegalArgumentException("inputId '" + inputId + "' is already recorded for a different "
                        + "event; an input id names one event, give this one another id");
            }
            return true;
        }
        return event instanceof LiveEntry entry
                && ledger.trade(entry.tradeId()).map(book -> book.entry().equals(entry)).orElse(false);
    }

    /** Remembers that the event with {@code digest} was recorded under {@code inputId}. */
    void rememberInput(String inputId, long digest) {
        inputDigests.put(inputId, digest);
    }

    /** Applies an event and returns the risk events it causes, which are not applied yet. */
    List<RiskEvent> apply(LiveEvent event) {
        eventCount++;
        if (newestTime == null || event.time().isAfter(newestTime)) {
            newestTime = event.time();
        }
        double before = ledger.equity();
        risk.beforeEvent(event.time(), before);
        if (event instanceof RiskEvent riskEvent) {
            risk.apply(riskEvent, before);
            days.add(risk.dayOf(event.time()), riskEvent, before);
            riskEvents.add(riskEvent);
            return List.of();
        }
        LedgerEffect effect;
        if (event instanceof LiveEntry entry) {
            effect = ledger.apply(entry);
        } else if (event instanceof LiveExit exit) {
            effect = ledger.apply(exit);
        } else {
            effect = ledger.apply((PriceMark) event);
        }
        double after = ledger.equity();
        days.add(risk.dayOf(event.time()), event, effect, before, after);
        return risk.afterEvent(event.time(), after);
    }

    Ledger ledger() {
        return ledger;
    }

    RiskMonitor risk() {
        return risk;
    }

    DayBook days() {
        return days;
    }

    List<RiskEvent> riskEvents() {
        return List.copyOf(riskEvents);
    }

    long eventCount() {
        return eventCount;
    }

    AccountFigures account() {
        double equity = ledger.equity();
        return new AccountFigures(ledger.initialBalance(), ledger.balance(), equity, ledger.realizedPnl(),
                ledger.unrealizedPnl(), ledger.fees(), risk.peakEquity(), risk.drawdown(equity),
                ledger.openPositions().size());
    }
}

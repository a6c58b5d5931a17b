package dev.parallax.live;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the tracker derives from its events and keeps in memory: the ledger of open trades, the
 * risk monitor and the daily tallies (closed trades and risk events are read from the store). Built by applying events in order, whether they are new or replayed.
 * Not thread-safe: the tracker serialises access.
 */
final class TrackerState {

    private final LiveLedger ledger;
    private final RiskMonitor risk;
    private final DayBook days;
    private Instant newestTime;
    private long eventCount;

    TrackerState(LiveTrackerSettings settings, double initialBalance) {
        this(new LiveLedger(initialBalance, settings.positionMode()),
                new RiskMonitor(settings.limits(), settings.zone(), initialBalance), new DayBook());
    }

    private TrackerState(LiveLedger ledger, RiskMonitor risk, DayBook days) {
        this.ledger = ledger;
        this.risk = risk;
        this.days = days;
    }

    /**
     * Writes what is derived from the events and needed to go on: the open trades, running sums,
     * breaker and day tallies; not closed trades, risk events nor input ids, which the store keeps
     * in rows of its own. Its size follows the open trades and the days, not the number of fills.
     */
    void writeTo(SnapshotWriter out) {
        out.writeLong(eventCount);
        out.writeOptionalTime(newestTime);
        ledger.writeTo(out);
        risk.writeTo(out);
        days.writeTo(out);
    }

    /** A state written by {@link #writeTo}, for {@code settings}. */
    static TrackerState readFrom(SnapshotReader in, LiveTrackerSettings settings) {
        long eventCount = in.readLong();
        if (eventCount < 0) {
            throw new IllegalArgumentException("eventCount must be >= 0, was " + eventCount);
        }
        Instant newestTime = in.readOptionalTime();
        LiveLedger ledger = LiveLedger.readFrom(in, settings.initialBalance(), settings.positionMode());
        RiskMonitor risk = RiskMonitor.readFrom(in, settings.limits(), settings.zone(), settings.initialBalance());
        TrackerState state = new TrackerState(ledger, risk, DayBook.readFrom(in));
        state.eventCount = eventCount;
        state.newestTime = newestTime;
        return state;
    }

    /**
     * Rejects an entry, exit or mark that cannot be recorded, changing nothing. Trade and exit ids
     * are checked against the open trades and against {@code store}, which holds the closed ones.
     *
     * @throws IllegalArgumentException if the event breaks a rule; the message names it
     * @throws EntryRefusedException    if it is an entry and the circuit breaker is tripped
     */
    void check(LiveEvent event, Instant now, Duration maxSkew, RecordedFills store) {
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
            ledger.check(entry, store);
            risk.entryRefusal(time).ifPresent(reason -> {
                throw new EntryRefusedException("entry '" + entry.tradeId() + "' refused: " + reason);
            });
        } else if (event instanceof LiveExit exit) {
            ledger.check(exit, store);
        } else if (event instanceof LiveExecution execution) {
            ledger.check(execution, store);
        }
    }

    /**
     * {@link RecordOutcome#ALREADY_RECORDED} when {@code store} holds {@code execution} under its
     * order id and sequence already; empty when it holds nothing under them.
     *
     * @throws IllegalArgumentException if another fill is recorded under that order id and sequence
     */
    static Optional<RecordOutcome> recordedBefore(LiveExecution execution, RecordedFills store) {
        for (LiveExecution recorded : store.ofOrder(execution.orderId())) {
            if (recorded.sequence() == execution.sequence()) {
                if (recorded.equals(execution)) {
                    return Optional.of(RecordOutcome.ALREADY_RECORDED);
                }
                throw new IllegalArgumentException("sequence " + execution.sequence() + " of order '"
                        + execution.orderId() + "' is already recorded with another fill (" + describe(recorded.fill())
                        + "), was " + describe(execution.fill()) + "; each fill of an order needs its own sequence");
            }
        }
        return Optional.empty();
    }

    private static String describe(Fill fill) {
        return fill.side() + " " + fill.size() + " " + fill.symbol() + " at " + fill.price() + ", fee " + fill.fee()
                + ", time " + EpochNanos.instant(fill.timeNanos()) + (fill.partial() ? ", partial" : "");
    }

    /**
     * What became of {@code event} when it was fed before under {@code inputId}, given what the
     * store holds under that id: recorded (also when it is an entry equal to the recorded entry of
     * its trade, recorded before input ids were kept) or refused by the circuit breaker; empty when
     * it is new. The recorded entry of a closed trade is looked up in {@code store}.
     *
     * @throws IllegalArgumentException if {@code inputId} was used for a different event
     */
    Optional<RecordOutcome> seenBefore(LiveEvent event, String inputId, Optional<RecordedInput> recorded,
                                       RecordedFills store) {
        if (recorded.isPresent()) {
            if (recorded.get().digest() != EventDigest.of(event)) {
                throw new IllegalArgumentException("inputId '" + inputId + "' is already recorded for a different "
                        + "event; an input id names one event, give this one another id");
            }
            return Optional.of(recorded.get().refused() ? RecordOutcome.REFUSED_BEFORE
                    : RecordOutcome.ALREADY_RECORDED);
        }
        boolean entered = event instanceof LiveEntry entry
                && ledger.openEntry(entry.tradeId()).map(open -> (LiveEvent) open)
                        .or(() -> store.named(entry.tradeId())).map(entry::equals).orElse(false);
        return entered ? Optional.of(RecordOutcome.ALREADY_RECORDED) : Optional.empty();
    }

    /**
     * Applies an event and returns the risk events it causes, which are not applied yet: the limits
     * it reached, and for an execution that opened or added to a trade while entries were refused a
     * {@link RiskEventKind#EXECUTION_WHILE_REFUSED}.
     */
    List<RiskEvent> apply(LiveEvent event) {
        eventCount++;
        if (newestTime == null || event.time().isAfter(newestTime)) {
            newestTime = event.time();
        }
        double before = ledger.equity();
        risk.beforeEvent(event.time(), before);
        if (event instanceof RiskEvent riskEvent) {
            risk.apply(riskEvent, before);
            days.add(risk.dayOf(event.time()), before);
            return List.of();
        }
        LedgerEffect effect;
        Optional<RiskEvent> pastBreaker = Optional.empty();
        if (event instanceof LiveEntry entry) {
            effect = ledger.apply(entry);
        } else if (event instanceof LiveExit exit) {
            effect = ledger.apply(exit);
        } else if (event instanceof LiveExecution execution) {
            Optional<String> refusal = risk.entryRefusal(event.time());
            boolean opens = refusal.isPresent() && ledger.opensOrAdds(execution);
            effect = ledger.apply(execution);
            if (opens) {
                pastBreaker = Optional.of(pastBreaker(execution, refusal.get()));
            }
        } else {
            effect = ledger.apply((PriceMark) event);
        }
        double after = ledger.equity();
        days.add(risk.dayOf(event.time()), effect, before, after);
        List<RiskEvent> caused = risk.afterEvent(event.time(), after);
        if (pastBreaker.isEmpty()) {
            return caused;
        }
        List<RiskEvent> all = new ArrayList<>(caused.size() + 1);
        all.add(pastBreaker.get());
        all.addAll(caused);
        return all;
    }

    /** The risk event of an execution that opened or added to a trade while entries were refused for {@code refusal}. */
    private static RiskEvent pastBreaker(LiveExecution execution, String refusal) {
        Fill fill = execution.fill();
        return new RiskEvent(RiskEventKind.EXECUTION_WHILE_REFUSED, execution.time(), "fill " + execution.sequence()
                + " of order '" + fill.orderId() + "' (" + describe(fill) + ") opened or added to a trade while "
                + refusal + "; it is recorded because it happened at the venue: the order passed no entry gate", "");
    }

    LiveLedger ledger() {
        return ledger;
    }

    RiskMonitor risk() {
        return risk;
    }

    DayBook days() {
        return days;
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

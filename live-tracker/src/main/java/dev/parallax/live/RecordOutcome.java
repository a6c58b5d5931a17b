package dev.parallax.live;

/** What {@link LiveExecutionTracker#record(LiveEvent, EventOrigin)} did with an event. */
public enum RecordOutcome {
    /** The event is new and is now durably recorded. */
    RECORDED,
    /** The same event was recorded before under the same input id; nothing was written. */
    ALREADY_RECORDED,
    /** The same entry was refused by the circuit breaker before under the same input id; nothing was written. */
    REFUSED_BEFORE
}

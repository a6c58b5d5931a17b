package dev.parallax.live;

import java.time.Instant;

/**
 * Something that happened to the live account and is recorded, in order, in the
 * {@link LiveEventStore}. The tracker's state is the replay of its events.
 */
public sealed interface LiveEvent permits LiveEntry, LiveExit, PriceMark, RiskEvent {

    /** When it happened. */
    Instant time();
}

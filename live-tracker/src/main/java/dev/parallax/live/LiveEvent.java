package dev.parallax.live;

import dev.parallax.sim.api.Fill;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened to the live account and is recorded, in order, in the
 * {@link LiveEventStore}. The tracker's state is the replay of its events.
 */
public sealed interface LiveEvent permits FillEvent, PriceMark, RiskEvent {

    /** When it happened. */
    Instant time();

    /**
     * The fill the parity tracker compares with the backtest's, as it is: an entry's, a compared
     * exit's; empty for anything else, executions included (parity compares their orders summed,
     * {@link ParityFills}).
     */
    default Optional<Fill> parityFill() {
        return Optional.empty();
    }
}

package dev.parallax.live;

import dev.parallax.sim.api.EpochNanos;
import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.time.Instant;

/**
 * A live event that is a fill: an entry or an exit of a named trade, or an execution that names no
 * trade. Its values are its {@link Fill}'s.
 */
public sealed interface FillEvent extends LiveEvent permits LiveEntry, LiveExit, LiveExecution {

    /** The fill, as the venue reported it. */
    Fill fill();

    /** The instrument. */
    default String symbol() {
        return fill().symbol();
    }

    /**
     * The fill's side: an entry's opens the trade (BUY long, SELL short), an exit's closes it, an
     * execution's is its order's.
     */
    default Side side() {
        return fill().side();
    }

    /** The quantity. */
    default double size() {
        return fill().size();
    }

    /** The fill price. */
    default double price() {
        return fill().price();
    }

    /** The fee paid, in account currency; negative for a rebate. */
    default double fee() {
        return fill().fee();
    }

    /** When the venue filled it. */
    @Override
    default Instant time() {
        return EpochNanos.instant(fill().timeNanos());
    }
}

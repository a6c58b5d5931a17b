package dev.parallax.backtest;

import dev.parallax.sim.api.Order;
import java.util.Optional;

/**
 * Decides whether the strategy may open or add to a position: consulted for every order the
 * strategy sends except those that only reduce a position (a sell of at most the long position
 * left once the open sells have filled, a buy of at most the short position left once the open
 * buys have filled), which always go out. A refused order is rejected to the strategy
 * ({@code Strategy.onOrderRejected}) with the gate's reason and never reaches the venue. This is how
 * a disabled strategy sends no new entries but may still close.
 *
 * <p>Fails closed: a gate that throws refuses the order, with the exception's message in the reason.
 */
@FunctionalInterface
public interface EntryGate {

    /** Lets every order through. */
    EntryGate OPEN = order -> Optional.empty();

    /** Why {@code order}, which opens or adds to a position, may not go out; empty to let it through. */
    Optional<String> refusal(Order order);
}

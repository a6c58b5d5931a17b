package dev.parallax.sim.api.spi;

import dev.parallax.sim.api.MarketConditions;
import dev.parallax.sim.api.Order;
import java.util.random.RandomGenerator;

/**
 * Tracks how much quantity rests ahead of a limit order at its price. A resting order can be
 * filled by trades at its price only once nothing is ahead of it; a trade through its price fills
 * it regardless of the queue.
 *
 * <p>The quantity is in units of the instrument. The displayed depth the simulator passes in never
 * includes the simulated order itself.
 *
 * <p>Contract (checked by {@code QueueModelContract}): the quantity ahead is never negative, never
 * grows when nothing is added in front (new orders join behind), drops by at least the traded
 * quantity, and never exceeds the displayed depth when the depth is known. Market orders do not
 * queue.
 */
public interface QueueModel {

    /**
     * Quantity ahead of a limit order at the moment it joins the book, {@code >= 0}. May be
     * {@link Double#POSITIVE_INFINITY} when the model cannot know (for example behind the touch).
     *
     * @param order  a limit order
     * @param market market when the order arrives at the venue
     * @param rng    the only source of randomness the model may use
     */
    double initialQueueAhead(Order order, MarketConditions market, RandomGenerator rng);

    /**
     * Quantity ahead after one market update that concerns the order's price level: a trade at its
     * price, or a snapshot in which its level is at the touch (before or after) or is the last trade
     * price. Updates that cannot reach the level are not passed to the model.
     *
     * @param queueAhead    quantity ahead before the update, {@code >= 0}
     * @param tradedAtPrice quantity that traded at the order's price during the update, {@code >= 0};
     *                      trades consume the front of the queue first
     * @param previousDepth displayed quantity at the order's price before the update, or
     *                      {@code NaN} when the level was not visible (not at the touch)
     * @param currentDepth  displayed quantity at the order's price after the update, or {@code NaN}
     * @param rng           the only source of randomness the model may use
     * @return the new quantity ahead, {@code >= 0}
     */
    double queueAheadAfter(double queueAhead, double tradedAtPrice, double previousDepth, double currentDepth,
                           RandomGenerator rng);
}

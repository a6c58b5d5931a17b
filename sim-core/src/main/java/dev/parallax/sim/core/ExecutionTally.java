package dev.parallax.sim.core;

import dev.parallax.sim.api.CompensatedSum;
import dev.parallax.sim.api.Fill;

/**
 * The running counts and sums behind {@link ExecutionSimulator#statistics()}: orders submitted and
 * cancelled, and for every fill its fee, slippage and latency. Sums are compensated (Neumaier), so
 * a long run's totals do not drift. Nothing here is kept per order or per fill.
 */
final class ExecutionTally {

    private long submittedOrders;
    private long fillCount;
    private long filledOrders;
    private long ordersWithFills;
    private long cancelledOrders;
    private long partialFills;
    private final CompensatedSum fees = new CompensatedSum();
    private final CompensatedSum slippage = new CompensatedSum();
    private final CompensatedSum latencyMillis = new CompensatedSum();

    /** Counts an order sent to the venue. */
    void orderSubmitted() {
        submittedOrders++;
    }

    /** Counts an order whose cancel took effect. */
    void orderCancelled() {
        cancelledOrders++;
    }

    /**
     * Adds {@code fill} to the counts and sums.
     *
     * @param firstOfOrder   true for the first fill of its order
     * @param completesOrder true when the fill leaves nothing of its order open
     */
    void fill(Fill fill, boolean firstOfOrder, boolean completesOrder) {
        if (firstOfOrder) {
            ordersWithFills++;
        }
        if (completesOrder) {
            filledOrders++;
        } else {
            partialFills++;
        }
        fillCount++;
        fees.add(fill.fee());
        slippage.add(fill.slippageBps());
        latencyMillis.add(fill.latencyMillis());
    }

    /** The counts and averages so far; an average over nothing is NaN. */
    ExecutionStatistics statistics() {
        long total = submittedOrders;
        return new ExecutionStatistics(total, filledOrders, ordersWithFills, cancelledOrders, fillCount, partialFills,
                fees.sum(), ratio(filledOrders, total), ratio(partialFills, fillCount),
                ordersWithFills == 0 ? Double.NaN : fees.sum() / ordersWithFills, slippage.mean(),
                latencyMillis.mean());
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}

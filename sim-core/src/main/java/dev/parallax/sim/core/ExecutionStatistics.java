package dev.parallax.sim.core;

/**
 * Counts and averages over everything a simulator has executed. Averages over nothing are
 * {@code NaN}.
 *
 * @param totalOrders              orders submitted
 * @param filledOrders             orders completely filled
 * @param ordersWithFills          orders with at least one fill
 * @param cancelledOrders          orders cancelled
 * @param fills                    fills, counting each part of a partially filled order
 * @param partialFills             fills that left size open
 * @param totalFees                sum of all fees, compensated summation
 * @param fillRate                 {@code filledOrders / totalOrders}
 * @param partialFillRate          {@code partialFills / fills}
 * @param averageFeePerOrder       {@code totalFees / ordersWithFills}: what an order that traded paid
 * @param averageSlippageBps       mean of {@link dev.parallax.sim.api.Fill#slippageBps()} over fills
 * @param averageFillLatencyMillis mean of {@link dev.parallax.sim.api.Fill#latencyMillis()} over fills
 */
public record ExecutionStatistics(long totalOrders, long filledOrders, long ordersWithFills, long cancelledOrders,
                                  long fills, long partialFills, double totalFees, double fillRate,
                                  double partialFillRate, double averageFeePerOrder, double averageSlippageBps,
                                  double averageFillLatencyMillis) {

    /** The statistics of a simulator that executed nothing: zero counts, NaN rates and means. */
    public static final ExecutionStatistics EMPTY = new ExecutionTally().statistics();

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "orders %d (filled %d, cancelled %d), fills %d (partial %d)%n"
                        + "fill rate %.1f%%, partial-fill rate %.1f%%%n"
                        + "total fees %.4f, average fee per order %.4f%n"
                        + "average slippage %.3f bps, average fill latency %.1f ms",
                totalOrders, filledOrders, cancelledOrders, fills, partialFills, fillRate * 100, partialFillRate * 100,
                totalFees, averageFeePerOrder, averageSlippageBps, averageFillLatencyMillis);
    }
}

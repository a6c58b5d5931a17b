package dev.parallax.cli.demo;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All fills of one order as one execution, the way a venue reports a completed order: size-weighted
 * price and slippage, summed fee, the time of the last fill and the latency of the first.
 *
 * @param orderId     the client order id, which is the parity trade id
 * @param symbol      instrument
 * @param side        side of the order
 * @param size        total size filled
 * @param price       size-weighted fill price
 * @param fee         summed fee
 * @param slippage    size-weighted slippage as a fraction, positive when adverse
 * @param latency     submit plus notification latency of the first fill
 * @param time        venue time of the last fill
 */
public record OrderFill(String orderId, String symbol, Side side, double size, double price, double fee,
                        double slippage, Duration latency, Instant time) {

    /** The fills grouped by order, in the order each order's first fill appears, sorted by completion time. */
    public static List<OrderFill> byOrder(List<Fill> fills) {
        Map<String, List<Fill>> groups = new LinkedHashMap<>();
        for (Fill f : fills) {
            groups.computeIfAbsent(f.orderId(), k -> new ArrayList<>()).add(f);
        }
        List<OrderFill> out = new ArrayList<>(groups.size());
        for (List<Fill> g : groups.values()) {
            out.add(of(g));
        }
        out.sort(java.util.Comparator.comparing(OrderFill::time));
        return out;
    }

    private static OrderFill of(List<Fill> fills) {
        Fill first = fills.get(0);
        double size = 0;
        double notional = 0;
        double fee = 0;
        double slip = 0;
        long last = Long.MIN_VALUE;
        for (Fill f : fills) {
            size += f.size();
            notional += f.price() * f.size();
            fee += f.fee();
            slip += f.slippageBps() * f.size();
            last = Math.max(last, f.timeNanos());
        }
        return new OrderFill(first.orderId(), first.symbol(), first.side(), size, notional / size, fee,
                slip / size / 10_000.0, Duration.ofNanos(first.latencyNanos()),
                Instant.ofEpochSecond(0, last));
    }
}

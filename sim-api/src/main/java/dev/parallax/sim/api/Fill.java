package dev.parallax.sim.api;

import static dev.parallax.sim.api.Preconditions.finite;
import static dev.parallax.sim.api.Preconditions.nonNegative;
import static dev.parallax.sim.api.Preconditions.notBlank;
import static dev.parallax.sim.api.Preconditions.notNull;
import static dev.parallax.sim.api.Preconditions.positive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One execution of (part of) an order: the one execution record of Parallax. The simulator makes
 * it, the backtest engine notifies it, the parity tracker compares a backtest fill with the live
 * fill of the same {@link #orderId()} (the client order id, which is the parity trade id), and the
 * live tracker stores it in its entries and exits. One unit per quantity: prices and sizes as they
 * trade, fees in quote currency, slippage in bps, latency and time in nanoseconds.
 *
 * @param orderId       id of the order that filled
 * @param symbol        instrument
 * @param side          side of the order
 * @param price         execution price after slippage, finite and {@code > 0}
 * @param size          quantity executed, finite and {@code > 0}
 * @param fee           fee charged in quote currency; negative for a rebate
 * @param fillType      how the fill happened; decides the fee rate
 * @param latencyNanos  transport delay of this fill: order-submit latency plus fill-notification
 *                      latency, {@code >= 0}. Time spent resting in the book is not latency.
 * @param slippageBps   adverse price move applied to this fill, in basis points of the reference
 *                      price (the touch for takers, the limit for resting orders); positive means
 *                      worse for the order: a buy paid more, a sell received less
 * @param timeNanos     when the fill happened at the venue, epoch nanoseconds; the strategy learns
 *                      of it {@code fill notification latency} later
 * @param partial       true if the order still has size left after this fill
 */
public record Fill(String orderId, String symbol, Side side, double price, double size, double fee,
                   FillType fillType, long latencyNanos, double slippageBps, long timeNanos, boolean partial) {

    /** Validates every field; see the component descriptions for the rules. */
    public Fill {
        notBlank("orderId", orderId);
        notBlank("symbol", symbol);
        notNull("side", side);
        positive("price", price);
        positive("size", size);
        finite("fee", fee);
        notNull("fillType", fillType);
        nonNegative("latencyNanos", latencyNanos);
        finite("slippageBps", slippageBps);
    }

    /** Price times size, in quote currency. */
    public double notional() {
        return price * size;
    }

    /**
     * The fills of one order as one fill, as parity compares an order with its live twin:
     * <ul>
     *   <li>size: the sum of the sizes; fee: the sum of the fees;</li>
     *   <li>price: the volume-weighted average, {@code Σ price·size / Σ size};</li>
     *   <li>slippage: the size-weighted average, {@code Σ slippageBps·size / Σ size};</li>
     *   <li>time and latency: those of the last fill at the venue (the latest time; of fills at one
     *       time, the last in the list);</li>
     *   <li>fill type: that of the largest fill (of equal sizes, the first in the list);</li>
     *   <li>order id, symbol and side: those of the fills, which must all agree;</li>
     *   <li>partial: as given ({@code true} when the order still has size left).</li>
     * </ul>
     *
     * @param parts   the order's fills in the order they were notified, at least one
     * @param partial whether the order still has size left after them
     * @throws IllegalArgumentException if {@code parts} is empty or its fills differ in order id,
     *                                  symbol or side (the message names both values)
     */
    public static Fill combined(List<Fill> parts, boolean partial) {
        notNull("parts", parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("parts must hold at least one fill, was empty");
        }
        Fill first = parts.get(0);
        double size = 0;
        double notional = 0;
        double fee = 0;
        double slippage = 0;
        Fill last = first;
        Fill largest = first;
        for (Fill part : parts) {
            if (!part.orderId.equals(first.orderId) || !part.symbol.equals(first.symbol) || part.side != first.side) {
                throw new IllegalArgumentException("the fills of one order must share order id, symbol and side: "
                        + part.orderId + " " + part.symbol + " " + part.side + " differs from " + first.orderId + " "
                        + first.symbol + " " + first.side);
            }
            size += part.size;
            notional += part.size * part.price;
            fee += part.fee;
            slippage += part.slippageBps * part.size;
            last = part.timeNanos >= last.timeNanos ? part : last;
            largest = part.size > largest.size ? part : largest;
        }
        return new Fill(first.orderId, first.symbol, first.side, notional / size, size, fee, largest.fillType,
                last.latencyNanos, slippage / size, last.timeNanos, partial);
    }

    /**
     * The fills of each order as one ({@link #combined}), in the order each order's first fill
     * appears; an order is partial unless one of its fills is not partial.
     */
    public static List<Fill> byOrder(List<Fill> fills) {
        notNull("fills", fills);
        Map<String, List<Fill>> orders = new LinkedHashMap<>();
        for (Fill fill : fills) {
            orders.computeIfAbsent(fill.orderId, id -> new ArrayList<>()).add(fill);
        }
        List<Fill> out = new ArrayList<>(orders.size());
        for (List<Fill> parts : orders.values()) {
            out.add(combined(parts, parts.stream().allMatch(Fill::partial)));
        }
        return out;
    }

    /** {@link #latencyNanos()} in milliseconds. */
    public double latencyMillis() {
        return latencyNanos / 1_000_000.0;
    }
}

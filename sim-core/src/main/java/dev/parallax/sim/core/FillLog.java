package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Order;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Every fill of a run, kept in columns ({@code double[]}, {@code long[]}) rather than as
 * {@link Fill} objects, so a long run's history is a few large arrays that the garbage collector
 * neither traces nor copies object by object. Read as a list, each element is a {@link Fill} equal
 * to the one the listener received, made when it is read.
 */
final class FillLog extends AbstractList<Fill> implements RandomAccess {

    private static final FillType[] TYPES = FillType.values();

    private Order[] orders = new Order[64];
    private double[] prices = new double[64];
    private double[] sizes = new double[64];
    private double[] fees = new double[64];
    private double[] slippagesBps = new double[64];
    private long[] latenciesNanos = new long[64];
    private long[] timesNanos = new long[64];
    /** The fill type's ordinal, plus 128 when the fill was partial. */
    private byte[] flags = new byte[64];
    private int size;

    /** Appends {@code fill}, a fill of {@code order}. */
    void append(Order order, Fill fill) {
        if (size == orders.length) {
            grow();
        }
        orders[size] = order;
        prices[size] = fill.price();
        sizes[size] = fill.size();
        fees[size] = fill.fee();
        slippagesBps[size] = fill.slippageBps();
        latenciesNanos[size] = fill.latencyNanos();
        timesNanos[size] = fill.timeNanos();
        flags[size] = (byte) (fill.fillType().ordinal() | (fill.partial() ? 0x80 : 0));
        size++;
    }

    @Override
    public Fill get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("fill " + index + " of " + size);
        }
        Order o = orders[index];
        int f = flags[index] & 0xFF;
        return new Fill(o.id(), o.symbol(), o.side(), prices[index], sizes[index], fees[index], TYPES[f & 0x7F],
                latenciesNanos[index], slippagesBps[index], timesNanos[index], (f & 0x80) != 0);
    }

    @Override
    public int size() {
        return size;
    }

    private void grow() {
        int capacity = size * 2;
        orders = Arrays.copyOf(orders, capacity);
        prices = Arrays.copyOf(prices, capacity);
        sizes = Arrays.copyOf(sizes, capacity);
        fees = Arrays.copyOf(fees, capacity);
        slippagesBps = Arrays.copyOf(slippagesBps, capacity);
        latenciesNanos = Arrays.copyOf(latenciesNanos, capacity);
        timesNanos = Arrays.copyOf(timesNanos, capacity);
        flags = Arrays.copyOf(flags, capacity);
    }
}

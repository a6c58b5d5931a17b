package dev.parallax.sim.core;

import dev.parallax.sim.api.Fill;
import dev.parallax.sim.api.FillType;
import dev.parallax.sim.api.Order;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Every fill of a run, kept in columns ({@code double[]}, {@code long[]}) rather than as
 * {@link Fill} objects, so a long run's history is a few arrays per thousand fills that the garbage
 * collector neither traces nor copies object by object. The columns come in fixed-size chunks, so
 * the log grows without copying what it holds. Read as a list, each element is a {@link Fill}
 * equal to the one the listener received, made when it is read.
 */
final class FillLog extends AbstractList<Fill> implements RandomAccess {

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final FillType[] TYPES = FillType.values();

    /** The columns of {@link #CHUNK_SIZE} fills. */
    private static final class Chunk {
        final Order[] orders = new Order[CHUNK_SIZE];
        final double[] prices = new double[CHUNK_SIZE];
        final double[] sizes = new double[CHUNK_SIZE];
        final double[] fees = new double[CHUNK_SIZE];
        final double[] slippagesBps = new double[CHUNK_SIZE];
        final long[] latenciesNanos = new long[CHUNK_SIZE];
        final long[] timesNanos = new long[CHUNK_SIZE];
        /** The fill type's ordinal, plus 128 when the fill was partial. */
        final byte[] flags = new byte[CHUNK_SIZE];
    }

    private final List<Chunk> chunks = new ArrayList<>();
    private int size;

    /** Appends {@code fill}, a fill of {@code order}. */
    void append(Order order, Fill fill) {
        int at = size & (CHUNK_SIZE - 1);
        if (at == 0) {
            chunks.add(new Chunk());
        }
        Chunk c = chunks.get(size >>> CHUNK_BITS);
        c.orders[at] = order;
        c.prices[at] = fill.price();
        c.sizes[at] = fill.size();
        c.fees[at] = fill.fee();
        c.slippagesBps[at] = fill.slippageBps();
        c.latenciesNanos[at] = fill.latencyNanos();
        c.timesNanos[at] = fill.timeNanos();
        c.flags[at] = (byte) (fill.fillType().ordinal() | (fill.partial() ? 0x80 : 0));
        size++;
    }

    @Override
    public Fill get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("fill " + index + " of " + size);
        }
        Chunk c = chunks.get(index >>> CHUNK_BITS);
        int at = index & (CHUNK_SIZE - 1);
        Order o = c.orders[at];
        int f = c.flags[at] & 0xFF;
        return new Fill(o.id(), o.symbol(), o.side(), c.prices[at], c.sizes[at], c.fees[at], TYPES[f & 0x7F],
                c.latenciesNanos[at], c.slippagesBps[at], c.timesNanos[at], (f & 0x80) != 0);
    }

    @Override
    public int size() {
        return size;
    }
}

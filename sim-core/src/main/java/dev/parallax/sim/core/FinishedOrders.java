package dev.parallax.sim.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The filled and cancelled orders of a run that keeps everything ({@link Retention#ALL}): for each
 * one its id, final status and the size that was left unfilled. Kept apart from the working orders
 * so the table the simulator probes for every order stays small and in cache while this store
 * grows with the run.
 *
 * <p>Orders are appended to columns in chunks, in the order they finished. Looking an id up is
 * exact: a {@link HashFilter} answers most ids that were never finished (every new order's
 * duplicate check) without touching the columns, and an open-addressing index of positions answers
 * the rest. The index is brought up to date only when a lookup gets past the filter, so a run that
 * never asks about a finished order seldom pays for it.
 */
final class FinishedOrders {

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final OrderStatus[] STATUSES = OrderStatus.values();

    /** The columns of {@link #CHUNK_SIZE} finished orders. */
    private static final class Chunk {
        final String[] ids = new String[CHUNK_SIZE];
        final int[] hashes = new int[CHUNK_SIZE];
        final double[] remaining = new double[CHUNK_SIZE];
        final byte[] statuses = new byte[CHUNK_SIZE];
    }

    private final List<Chunk> chunks = new ArrayList<>();
    private int size;
    private HashFilter filter = new HashFilter(1_024);

    /** Index slots: position + 1 of an order in the columns, 0 when empty. */
    private int[] slots = new int[64];
    private int[] slotHashes = new int[64];
    private int shift = Integer.SIZE - 6;
    /** How many of the appended orders the index covers (the first {@code indexed}). */
    private int indexed;

    /** How many finished orders the store holds. */
    int size() {
        return size;
    }

    /** Records that order {@code id}, which is not in the store, finished with {@code status} and {@code remaining} left. */
    void add(String id, OrderStatus status, double remaining) {
        int at = size & (CHUNK_SIZE - 1);
        if (at == 0) {
            chunks.add(new Chunk());
        }
        Chunk c = chunks.get(size >>> CHUNK_BITS);
        int hash = id.hashCode();
        c.ids[at] = id;
        c.hashes[at] = hash;
        c.remaining[at] = remaining;
        c.statuses[at] = (byte) status.ordinal();
        size++;
        if (filter.isFull()) {
            rebuildFilter();
        } else {
            filter.add(hash);
        }
    }

    /** The position of order {@code id} in the store, or {@code -1} if it is not here. */
    int find(String id) {
        int hash = id.hashCode();
        if (!filter.mightContain(hash)) {
            return -1;
        }
        indexPending();
        int mask = slots.length - 1;
        for (int i = home(hash); ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (slotHashes[i] == hash) {
                int position = slot - 1;
                String at = chunk(position).ids[position & (CHUNK_SIZE - 1)];
                if (at == id || at.equals(id)) {
                    return position;
                }
            }
        }
    }

    /** The final status of the order at {@code position}. */
    OrderStatus status(int position) {
        return STATUSES[chunk(position).statuses[position & (CHUNK_SIZE - 1)]];
    }

    /** The size the order at {@code position} left unfilled. */
    double remaining(int position) {
        return chunk(position).remaining[position & (CHUNK_SIZE - 1)];
    }

    private Chunk chunk(int position) {
        return chunks.get(position >>> CHUNK_BITS);
    }

    private void rebuildFilter() {
        HashFilter larger = new HashFilter(filter.capacity() * 2);
        for (int p = 0; p < size; p++) {
            larger.add(chunk(p).hashes[p & (CHUNK_SIZE - 1)]);
        }
        filter = larger;
    }

    /** Adds to the index every order appended since it was last brought up to date. */
    private void indexPending() {
        while (indexed < size) {
            if (2 * (indexed + 1) > slots.length) {
                growIndex();
            }
            insert(indexed + 1, chunk(indexed).hashes[indexed & (CHUNK_SIZE - 1)]);
            indexed++;
        }
    }

    /** Fibonacci hashing: the top bits of the hash times the golden ratio. */
    private int home(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private void insert(int slot, int hash) {
        int mask = slots.length - 1;
        int i = home(hash);
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = slot;
        slotHashes[i] = hash;
    }

    private void growIndex() {
        int[] oldSlots = slots;
        int[] oldHashes = slotHashes;
        slots = new int[oldSlots.length * 2];
        slotHashes = new int[oldSlots.length * 2];
        shift--;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                insert(oldSlots[i], oldHashes[i]);
            }
        }
    }
}

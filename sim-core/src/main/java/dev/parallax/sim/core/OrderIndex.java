package dev.parallax.sim.core;

/**
 * The simulator's orders by id. An open-addressing hash table (linear probing, at most half
 * full) in parallel arrays, so adding an order allocates nothing once the arrays have grown, where
 * a {@code HashMap} would add an entry object per order. Each slot keeps its id's hash, so a probe
 * that passes other ids, and growing the table, never reads those ids (in a long run they are
 * scattered over the heap and reading them is a cache miss each). Removal shifts the entries that
 * follow back into the gap, so no deleted markers build up.
 */
final class OrderIndex {

    private String[] ids = new String[64];
    private int[] hashes = new int[64];
    private WorkingOrder[] orders = new WorkingOrder[64];
    private int shift = Integer.SIZE - 6;
    private int size;

    /** How many orders the index holds. */
    int size() {
        return size;
    }

    /** The order with id {@code id}, or null. */
    WorkingOrder get(String id) {
        int hash = id.hashCode();
        int mask = ids.length - 1;
        for (int i = home(hash); ; i = (i + 1) & mask) {
            String at = ids[i];
            if (at == null) {
                return null;
            }
            if (hashes[i] == hash && (at == id || at.equals(id))) {
                return orders[i];
            }
        }
    }

    /** Adds {@code order} under its id, which the caller has checked is not in the index. */
    void add(WorkingOrder order) {
        if (2 * (size + 1) > ids.length) {
            grow();
        }
        String id = order.order.id();
        insert(id, id.hashCode(), order);
        size++;
    }

    /** Removes {@code order}; does nothing if its id now belongs to another order or to none. */
    void remove(WorkingOrder order) {
        int mask = ids.length - 1;
        for (int i = home(order.order.id().hashCode()); ; i = (i + 1) & mask) {
            String at = ids[i];
            if (at == null) {
                return;
            }
            if (orders[i] == order) {
                closeGap(i);
                size--;
                return;
            }
        }
    }

    /** Fibonacci hashing: the top bits of the hash times the golden ratio. */
    private int home(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private void insert(String id, int hash, WorkingOrder order) {
        int mask = ids.length - 1;
        int i = home(hash);
        while (ids[i] != null) {
            i = (i + 1) & mask;
        }
        ids[i] = id;
        hashes[i] = hash;
        orders[i] = order;
    }

    /** Empties slot {@code gap}, moving back each following entry of the run whose home is not between them. */
    private void closeGap(int gap) {
        int mask = ids.length - 1;
        int i = (gap + 1) & mask;
        while (ids[i] != null) {
            int home = home(hashes[i]);
            boolean stays = gap <= i ? gap < home && home <= i : gap < home || home <= i;
            if (!stays) {
                ids[gap] = ids[i];
                hashes[gap] = hashes[i];
                orders[gap] = orders[i];
                gap = i;
            }
            i = (i + 1) & mask;
        }
        ids[gap] = null;
        orders[gap] = null;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        WorkingOrder[] oldOrders = orders;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        orders = new WorkingOrder[oldIds.length * 2];
        shift--;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                insert(oldIds[i], oldHashes[i], oldOrders[i]);
            }
        }
    }
}
